import Foundation
import Testing

extension BrowserJourneys {
    /// Deployment behind TLS: the repository's nginx configuration in front of the app on
    /// loopback, a throwaway certificate, and a real sign-in through HTTPS.
    @Suite(.requiresNginx) struct TLSProxy {
        @Test func signingInThroughNginxGivesSecureHttpOnlyCookies() async throws {
            let live = try LiveApp { $0.trustedProxies = ["127.0.0.1"] }
            defer { live.shutdown() }
            try live.createUser("casey@example.org", roles: [.coordinator], name: "Casey Lund")
            let proxy = try await NginxProxy.start(appPort: live.server.port)
            do {
                let site = proxy.httpsURL.absoluteString
                try await withBrowser(extraArguments: ["--ignore-certificate-errors"]) { browser in
                    try await browser.navigate(to: URL(string: site + "/sign-in")!)
                    try await browser.fill("#email", with: "casey@example.org")
                    try await browser.fill("#password", with: LiveApp.password)
                    try await browser.click("main form button[type=submit]")
                    try await browser.waitForPath("/sign-in/code")
                    try await browser.fill("#code", with: try await live.currentCode(email: "casey@example.org"))
                    try await browser.click("main form button[type=submit]")
                    let home = try await browser.waitForPath("/")
                    #expect(home.scheme == "https")
                    #expect(try await browser.navigationHrefs().contains("/caseload"))

                    let session = try #require(try await browser.cookie(named: "tp_session"))
                    #expect(session.secure == true)
                    #expect(session.httpOnly == true)
                    #expect(session.sameSite == "Lax")
                }
                let head = try await proxy.head(of: URL(string: site + "/sign-in")!)
                if let head = head?.lowercased() {  // HTTP/2 writes field names in lower case
                    #expect(head.contains("strict-transport-security: max-age=31536000; includesubdomains"))
                    let formCookie = head.split(separator: "\r\n").first { $0.hasPrefix("set-cookie: tp_form=") }
                    #expect(formCookie?.contains("; secure") == true)
                }
                let redirect = try await LoopbackHTTPClient(port: proxy.httpPort, timeout: .seconds(5)).send("GET", "/sign-in")
                #expect(redirect.status == 301)
            } catch {
                await proxy.stop()
                throw error
            }
            await proxy.stop()
        }
    }
}
