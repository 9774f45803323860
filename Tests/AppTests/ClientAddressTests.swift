import Foundation
import Testing
@testable import App

/// `X-Forwarded-For` counts only from a configured proxy.
@Suite struct ClientAddressTests {
    let proxies: Set<String> = ["10.0.0.5", "10.0.0.6"]

    func signIn(_ client: TestClient, _ email: String, _ password: String, forwardedFor: String) throws -> TestResponse {
        try client.get("/sign-in")
        return try client.post(
            "/sign-in", [("email", email), ("password", password)],
            headers: [("Sec-Fetch-Site", "same-origin"), ("Origin", "null"), ("X-Forwarded-For", forwardedFor)])
    }

    @Test(arguments: [
        ("203.0.113.9", "198.51.100.1", "203.0.113.9"),
        ("10.0.0.5", "198.51.100.1", "198.51.100.1"),
        ("::ffff:10.0.0.5", "198.51.100.1", "198.51.100.1"),
        ("10.0.0.5", "1.1.1.1, 198.51.100.1", "198.51.100.1"),
        ("10.0.0.5", "1.1.1.1, 198.51.100.1, 10.0.0.6", "198.51.100.1"),
        ("10.0.0.5", "10.0.0.6", "10.0.0.6"),
        ("10.0.0.5", " ", "10.0.0.5"),
    ])
    func believesTheHeaderOnlyFromATrustedPeer(peer: String, header: String, expected: String) {
        #expect(ClientAddress.resolve(peer: peer, forwardedFor: header, trustedProxies: proxies) == expected)
    }

    @Test func theConfigurationListsTrustedProxiesAndKeepsTheLoopbackFlag() throws {
        let resolve = { (environment: [String: String]) in
            try AppConfiguration.resolve(CommandLineOptions(), environment: environment, rootDirectory: "/").trustedProxies
        }
        #expect(try resolve([:]).isEmpty)
        #expect(try resolve(["TP_TRUST_PROXY": "true"]) == ["127.0.0.1", "::1"])
        #expect(try resolve(["TP_TRUSTED_PROXIES": " 10.0.0.5,fd00::1 "]) == ["10.0.0.5", "fd00::1"])
        #expect(throws: CommandLineOptions.UsageError.self) { try resolve(["TP_TRUSTED_PROXIES": "proxy.example"]) }
    }

    @Test func aForgedHeaderFromAnUntrustedPeerDoesNotEscapeTheThrottle() throws {
        let test = try TestApp { $0.trustedProxies = ["10.0.0.5"] }
        try test.createUser("sam@example.org", roles: [.coordinator])
        for attempt in 0..<10 {
            let refused = try signIn(test.client(address: "203.0.113.9"), "guess\(attempt)@example.org", "wrong", forwardedFor: "198.51.100.\(attempt)")
            #expect(refused.status == 401)
        }
        #expect(try signIn(test.client(address: "203.0.113.9"), "sam@example.org", TestApp.password, forwardedFor: "198.51.100.200").status == 429)
        #expect(try signIn(test.client(address: "10.0.0.5"), "sam@example.org", TestApp.password, forwardedFor: "198.51.100.200").status == 303)
    }
}
