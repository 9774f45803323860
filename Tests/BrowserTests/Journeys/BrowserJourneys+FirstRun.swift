import Foundation
import Testing

extension BrowserJourneys {
    /// The very first start: the one-time setup link creates the first manager, who enrols a second factor.
    @Suite struct FirstRun {
        @Test func setupLinkCreatesTheFirstManagerAndSignsThemIn() async throws {
            try await withLiveApp { live in
                let link = try #require(try live.app.firstRunLink())
                let path = try #require(URL(string: link)?.path)
                try await withBrowser { browser in
                    try await browser.navigate(to: live.url(path))
                    try await browser.fill("#display_name", with: "Morgan Reid")
                    try await browser.fill("#email", with: "morgan@example.org")
                    try await browser.fill("#password", with: "a long and unguessable phrase")
                    try await browser.fill("#password_confirmation", with: "a long and unguessable phrase")
                    try await browser.click("main form button[type=submit]")
                    try await browser.waitForPath("/account/second-factor")
                    let secret = try await browser.text(of: "#secret")
                    try await browser.fill("#code", with: try await live.currentCode(email: "morgan@example.org", secret: secret))
                    try await browser.click("main form button[type=submit]")
                    try await browser.waitForElement(css: "#recovery-codes")
                    try await browser.click("main a.button")
                    try await browser.waitForPath("/")

                    #expect(try await browser.text(of: "main h1") == "Hello, Morgan Reid")
                    #expect(try await browser.navigationHrefs().contains("/admin/users"))
                }
            }
        }
    }
}
