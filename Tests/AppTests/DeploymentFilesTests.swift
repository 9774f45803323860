import Foundation
import Testing
@testable import App

/// The deployment files in `.ci/deploy/` say what README's deployment section promises; the
/// nginx file is also run for real by the TLS browser journey.
@Suite struct DeploymentFilesTests {
    private func read(_ path: String) throws -> String {
        try String(contentsOfFile: TestApp.rootDirectory + "/.ci/deploy/" + path, encoding: .utf8)
    }

    /// `Key=value` lines of a systemd unit, every value of a key repeated.
    private func directives(_ unit: String) -> [String: [String]] {
        var found: [String: [String]] = [:]
        for line in unit.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { found[parts[0], default: []].append(parts[1]) }
        }
        return found
    }

    @Test func theServiceIsHardenedAndMayWriteOnlyItsDataFolder() throws {
        let unit = directives(try read("trusted-person.service"))
        for (key, value) in [
            ("NoNewPrivileges", "true"), ("ProtectSystem", "strict"), ("PrivateTmp", "true"), ("ProtectHome", "true"),
            ("PrivateDevices", "true"), ("Restart", "on-failure"), ("KillSignal", "SIGTERM"), ("TP_TRUST_PROXY", "true"),
        ] {
            let values = unit[key] ?? unit["Environment"]?.compactMap { $0.hasPrefix(key + "=") ? String($0.dropFirst(key.count + 1)) : nil }
            #expect(values?.contains(value) == true, "\(key)=\(value)")
        }
        let start = try #require(unit["ExecStart"]?.first)
        let database = try #require(start.firstMatch(of: /serve --db (\S+)/).map { String($0.1) })
        let folder = (database as NSString).deletingLastPathComponent
        #expect(unit["ReadWritePaths"] == [folder])
        #expect(unit["StateDirectory"] == [(folder as NSString).lastPathComponent])
        #expect(unit["User"] != ["root"])
    }

    @Test func nginxSendsHSTSAndTheHeadersTheAppTrusts() throws {
        let site = try read("nginx/trusted-person.conf")
        #expect(site.contains(#"add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;"#))
        #expect(site.contains("proxy_set_header X-Forwarded-For $remote_addr;"))
        #expect(site.contains("proxy_set_header X-Forwarded-Proto $scheme;"))
        #expect(site.contains("return 301 https://$host$request_uri;"))
        #expect(site.contains("server 127.0.0.1:\(AppConfiguration(rootDirectory: "/").port);"))
    }
}
