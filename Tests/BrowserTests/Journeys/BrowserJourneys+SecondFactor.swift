import Foundation
import Hashing
import Testing

extension BrowserJourneys {
    /// Two-factor sign-in: a coordinator enrols from the secret shown as text, signs out, and
    /// signs in again with a code; a wrong code is refused beside the field.
    @Suite struct SecondFactor {
        @Test func coordinatorEnrolsThenSignsInWithACode() async throws {
            try await withLiveApp { live in
                try live.createUser("casey@example.org", roles: [.coordinator], name: "Casey Lund", enrolled: false)
                try await withBrowser { browser in
                    try await browser.navigate(to: live.url("/sign-in"))
                    try await browser.fill("#email", with: "casey@example.org")
                    try await browser.fill("#password", with: LiveApp.password)
                    try await browser.click("main form button[type=submit]")
                    try await browser.waitForPath("/account/second-factor")
                    #expect(try await browser.findElements(css: "svg.qr-code rect").count > 10)
                    #expect(try await browser.cookie(named: "tp_session") == nil)

                    let secret = try await browser.text(of: "#secret")
                    #expect(secret.count == 32)
                    try await browser.fill("#code", with: try await live.currentCode(email: "casey@example.org", secret: secret))
                    try await browser.click("main form button[type=submit]")
                    try await browser.waitForElement(css: "#recovery-codes")
                    #expect(try await browser.findElements(css: "#recovery-codes li").count == 10)
                    try await browser.click("main a.button")
                    try await browser.waitForPath("/")
                    #expect(try await browser.navigationHrefs().contains("/caseload"))

                    try await browser.click("#sign-out")
                    try await browser.waitForPath("/sign-in")
                    try await browser.fill("#email", with: "casey@example.org")
                    try await browser.fill("#password", with: LiveApp.password)
                    try await browser.click("main form button[type=submit]")
                    try await browser.waitForPath("/sign-in/code")

                    try await browser.fill("#code", with: "000000")
                    try await browser.click("main form button[type=submit]")
                    let error = try await browser.waitForElement(css: "#code-error", displayed: true)
                    #expect(try await error.text().contains("That code is not right."))
                    #expect(try await browser.findElement(css: "#code").attribute("aria-invalid") == "true")
                    #expect(try await browser.cookie(named: "tp_session") == nil)

                    try await browser.fill("#code", with: try await live.currentCode(email: "casey@example.org", secret: secret))
                    try await browser.click("main form button[type=submit]")
                    try await browser.waitForPath("/")
                    #expect(try await browser.navigationHrefs().contains("/caseload"))
                }
            }
        }
    }
}
