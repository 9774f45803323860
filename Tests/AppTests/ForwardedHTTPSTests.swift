import HTTP
import Testing
@testable import App

@Suite("Secure cookies behind a TLS proxy")
struct ForwardedHTTPSTests {
    private static let overHTTPS = [("X-Forwarded-Proto", "https")]
    private static let formHeaders = [("Sec-Fetch-Site", "same-origin"), ("Origin", "null")]

    private func cookies(_ response: TestResponse) -> [String] {
        response.headers.values(for: "Set-Cookie")
    }

    @Test func theSessionCookieIsSecureWhenOurProxyReceivedHTTPS() throws {
        let test = try TestApp { $0.trustedProxies = ["127.0.0.1"] }
        try test.createUser("tom.trusted@example.org", roles: [.trustedPerson])
        let client = test.client(address: "127.0.0.1")
        let page = try client.get("/sign-in", headers: Self.overHTTPS)
        #expect(cookies(page).count == 1)
        #expect(cookies(page).allSatisfy { $0.hasSuffix("; Secure") && $0.contains("HttpOnly") })
        let signedIn = try client.post(
            "/sign-in", [("email", "tom.trusted@example.org"), ("password", TestApp.password)],
            headers: Self.formHeaders + Self.overHTTPS)
        #expect(signedIn.status == 303)
        let session = cookies(signedIn).first { $0.hasPrefix(Authenticator.sessionCookieName + "=") }
        #expect(session?.contains("; Secure") == true)
        #expect(session?.contains("SameSite=Lax") == true)
    }

    @Test(arguments: [
        ("10.9.9.9", "https"),  // not our proxy: anyone can write the header
        ("127.0.0.1", "http"),  // our proxy, but the browser used plain HTTP
    ])
    func cookiesStayAsConfiguredOtherwise(peer: String, proto: String) throws {
        let test = try TestApp { $0.trustedProxies = ["127.0.0.1"] }
        let page = try test.client(address: peer).get("/sign-in", headers: [("X-Forwarded-Proto", proto)])
        #expect(cookies(page).count == 1)
        #expect(cookies(page).allSatisfy { !$0.contains("Secure") })
    }

    @Test func noProxiesConfiguredMeansTheHeaderIsIgnored() throws {
        let test = try TestApp()
        let page = try test.client(address: "127.0.0.1").get("/sign-in", headers: Self.overHTTPS)
        #expect(cookies(page).allSatisfy { !$0.contains("Secure") })
    }

    @Test func anAlreadySecureCookieIsNotMarkedTwice() throws {
        let test = try TestApp {
            $0.trustedProxies = ["127.0.0.1"]
            $0.secureCookies = true
        }
        let page = try test.client(address: "127.0.0.1").get("/sign-in", headers: Self.overHTTPS)
        #expect(cookies(page).allSatisfy { $0.components(separatedBy: "Secure").count == 2 })
    }
}
