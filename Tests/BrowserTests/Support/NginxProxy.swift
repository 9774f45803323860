import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Debian's nginx in front of a live app on loopback, configured from the repository's own
/// `.ci/deploy/nginx/trusted-person.conf` with only its ports, certificate and upstream swapped
/// for throwaway ones: its own prefix, pid, logs and temporary folders in a temporary folder,
/// and a self-signed certificate made with openssl for 127.0.0.1.
final class NginxProxy: Sendable {
    /// The repository's nginx site configuration.
    static let siteFile = LiveApp.rootDirectory + "/.ci/deploy/nginx/trusted-person.conf"

    let directory: URL
    let process: ChildProcess
    /// Where the browser reaches the app over HTTPS, e.g. `https://127.0.0.1:41234`.
    let httpsURL: URL
    /// The plain-HTTP port that only redirects.
    let httpPort: Int

    private init(directory: URL, process: ChildProcess, httpsPort: Int, httpPort: Int) {
        self.directory = directory
        self.process = process
        httpsURL = URL(string: "https://127.0.0.1:\(httpsPort)")!
        self.httpPort = httpPort
    }

    /// Starts nginx proxying to `appPort` and waits until it accepts connections.
    static func start(appPort: Int) async throws -> NginxProxy {
        let tools = try NginxAvailability.locate()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tp-nginx-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.path
        try await run(tools.openssl, [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            "-keyout", path + "/key.pem", "-out", path + "/cert.pem",
        ], log: directory.appendingPathComponent("openssl.log"))
        let httpsPort = try LocalPort.free()
        let httpPort = try LocalPort.free()
        let site = try render(appPort: appPort, httpsPort: httpsPort, httpPort: httpPort, certificates: path)
        try site.write(toFile: path + "/site.conf", atomically: true, encoding: .utf8)
        try """
            daemon off;
            pid \(path)/nginx.pid;
            error_log \(path)/error.log warn;
            events { worker_connections 256; }
            http {
                access_log \(path)/access.log;
                client_body_temp_path \(path)/body;
                proxy_temp_path \(path)/proxy;
                fastcgi_temp_path \(path)/fastcgi;
                uwsgi_temp_path \(path)/uwsgi;
                scgi_temp_path \(path)/scgi;
                include \(path)/site.conf;
            }
            """.write(toFile: path + "/nginx.conf", atomically: true, encoding: .utf8)
        let process = try ChildProcess(
            name: "nginx", executable: tools.nginx, arguments: ["-p", path, "-c", path + "/nginx.conf", "-e", path + "/error.log"],
            logFile: directory.appendingPathComponent("nginx.out"))
        let proxy = NginxProxy(directory: directory, process: process, httpsPort: httpsPort, httpPort: httpPort)
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .seconds(10))
        while (try? LoopbackSocket(port: httpsPort, timeout: .seconds(1))) == nil {
            guard process.isRunning, clock.now < deadline else {
                let log = (try? String(contentsOfFile: path + "/error.log", encoding: .utf8)) ?? ""
                await proxy.stop()
                throw WebDriverError.processDidNotStart(name: "nginx", detail: process.logTail() + log)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return proxy
    }

    /// The repository's site file with the production ports, certificate and upstream swapped;
    /// throws if a line it swaps is no longer there, so the file and this test cannot drift apart.
    static func render(appPort: Int, httpsPort: Int, httpPort: Int, certificates: String) throws -> String {
        var text = try String(contentsOfFile: siteFile, encoding: .utf8)
        let swaps = [
            ("server 127.0.0.1:8080;", "server 127.0.0.1:\(appPort);"),
            ("listen 80;", "listen 127.0.0.1:\(httpPort);"),
            ("listen [::]:80;", ""),
            ("listen 443 ssl http2;", "listen 127.0.0.1:\(httpsPort) ssl http2;"),
            ("listen [::]:443 ssl http2;", ""),
            ("/etc/letsencrypt/live/tp.example.org/fullchain.pem", certificates + "/cert.pem"),
            ("/etc/letsencrypt/live/tp.example.org/privkey.pem", certificates + "/key.pem"),
        ]
        for (production, test) in swaps {
            guard text.contains(production) else {
                throw WebDriverError.processDidNotStart(name: "nginx", detail: "\(siteFile) no longer has `\(production)`")
            }
            text = text.replacingOccurrences(of: production, with: test)
        }
        return text
    }

    /// The response head `curl` gets for `url` (certificate not checked), or nil without curl.
    func head(of url: URL) async throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { return nil }
        let log = directory.appendingPathComponent("curl-\(UUID().uuidString).log")
        try await Self.run("/usr/bin/curl", ["-ksS", "-D", "-", "-o", "/dev/null", url.absoluteString], log: log)
        return try String(contentsOf: log, encoding: .utf8)
    }

    /// Stops nginx and deletes its folder.
    func stop() async {
        await process.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs a short command to completion (up to 20 s), its output in `log`.
    private static func run(_ executable: String, _ arguments: [String], log: URL) async throws {
        let child = try ChildProcess(name: (executable as NSString).lastPathComponent, executable: executable, arguments: arguments, logFile: log)
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .seconds(20))
        while child.isRunning, clock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        await child.stop()
    }
}

/// Whether nginx and openssl are installed, decided once per run, like `BrowserAvailability`:
/// skipped with the reason on a laptop without them, but required when `CI=true`.
enum NginxAvailability {
    /// The two executables.
    static func locate() throws -> (nginx: String, openssl: String) {
        let environment = ProcessInfo.processInfo.environment
        let nginx = [environment["NGINX_PATH"], "/usr/sbin/nginx", "/usr/bin/nginx"].compactMap { $0 }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        let openssl = ["/usr/bin/openssl", "/usr/local/bin/openssl"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let nginx, let openssl else {
            throw WebDriverError.processDidNotStart(
                name: "nginx", detail: "nginx or openssl not found (apt-get install nginx openssl, or set NGINX_PATH)")
        }
        return (nginx, openssl)
    }

    /// Whether the TLS journey runs; the first evaluation prints why it is skipped.
    static let shouldRun: Bool = {
        do {
            _ = try locate()
            return true
        } catch {
            if BrowserAvailability.isCI {
                print("TLS proxy journey: \(error). CI=true, so it runs anyway and will fail.")
                return true
            }
            print("TLS proxy journey skipped: \(error).")
            return false
        }
    }()
}

extension Trait where Self == ConditionTrait {
    /// Runs a test only where nginx and openssl are installed, and always on CI.
    static var requiresNginx: Self {
        .enabled(if: NginxAvailability.shouldRun, "needs nginx and openssl: apt-get install nginx openssl")
    }
}
