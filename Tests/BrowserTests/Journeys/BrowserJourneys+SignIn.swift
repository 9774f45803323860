import Foundation
import Testing

extension BrowserJourneys {
    /// Signing in, signing out, and a wrong password.
    @Suite struct SignIn {
        @Test func coordinatorSignsInAndOut() async throws {
            try await withLiveApp { live in
                try live.createUser("casey@example.org", roles: [.coordinator], name: "Casey Lund")
                try await withBrowser { browser in
                    try await browser.signIn(live, email: "casey@example.org")
                    #expect(try await browser.navigationHrefs().contains("/caseload"))

                    try await browser.click("#sign-out")
                    try await browser.waitForPath("/sign-in")
                    #expect(try await browser.text(of: "main .notice") == "You have signed out.")

                    try await browser.navigate(to: live.url("/caseload"))
                    let url = try await browser.waitForPath("/sign-in")
                    #expect(url.query == "next=/caseload")
                }
            }
        }

        @Test func wrongPasswordIsRefusedAndLeavesNoSession() async throws {
            try await withLiveApp { live in
                try live.createUser("casey@example.org", roles: [.coordinator], name: "Casey Lund")
                try await withBrowser { browser in
                    try await browser.navigate(to: live.url("/sign-in"))
                    try await browser.fill("#email", with: "casey@example.org")
                    try await browser.fill("#password", with: "not the password at all")
                    try await browser.click("main form button[type=submit]")

                    let message = try await browser.waitForElement(css: "#sign-in-message")
                    #expect(try await message.text() == "The email address or password is not right.")
                    #expect(try await browser.currentURL().path == "/sign-in")
                    #expect(try await browser.cookie(named: "tp_session") == nil)
                    #expect(try await browser.findElements(css: "#sign-out").isEmpty)
                }
            }
        }
    }
}
