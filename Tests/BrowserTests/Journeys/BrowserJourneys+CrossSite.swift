import Foundation
import Testing

extension BrowserJourneys {
    /// A form on another site cannot change anything or sign anyone in.
    ///
    /// The other site is a local file: for its form posts Chromium sends
    /// `Sec-Fetch-Site: cross-site` and withholds the `SameSite=Lax` cookies, and the form
    /// carries no `_csrf` token, so every one of the app's defences is in play.
    @Suite struct CrossSite {
        @Test func formOnAnotherSiteCannotCreateAnOrganisation() async throws {
            try await withLiveApp { live in
                try live.createUser("morgan@example.org", roles: [.manager], name: "Morgan Reid")
                let page = try Self.writeForm(
                    in: live.directory, action: live.url("/admin/organisations"),
                    fields: ["name": "Forged Organisation", "sector": "voluntary-community"])
                try await withBrowser { browser in
                    try await browser.signIn(live, email: "morgan@example.org")
                    try await browser.navigate(to: page)
                    try await browser.click("#cross-site-submit")
                    try await Self.waitForTheApp(browser)

                    try await browser.navigate(to: live.url("/admin/organisations"))
                    try await browser.waitForPath("/admin/organisations")
                    #expect(
                        try await browser.text(of: "main h1") == "Organisations",
                        "the manager is still signed in")
                }
                #expect(try live.organisations().isEmpty)
            }
        }

        @Test func formOnAnotherSiteCannotSignSomeoneIn() async throws {
            try await withLiveApp { live in
                try live.createUser("morgan@example.org", roles: [.manager], name: "Morgan Reid")
                let page = try Self.writeForm(
                    in: live.directory, action: live.url("/sign-in"),
                    fields: ["email": "morgan@example.org", "password": LiveApp.password])
                try await withBrowser { browser in
                    try await browser.navigate(to: page)
                    try await browser.click("#cross-site-submit")
                    try await Self.waitForTheApp(browser)

                    #expect(try await browser.text(of: "main .status-code") == "Error 403")
                    #expect(try await browser.text(of: "main h1") == "This form has expired")
                    #expect(try await browser.cookie(named: "tp_session") == nil)
                }
            }
        }

        /// Waits until the browser has left the local file for the app's answer.
        static func waitForTheApp(_ browser: WebDriver) async throws {
            try await browser.wait(for: "the app to answer the cross-site post") {
                try await browser.currentURL().scheme == "http" ? () : nil
            }
            try await browser.waitForElement(css: "main h1")
        }

        /// Writes a page with a plain form posting `fields`, and no `_csrf` token, to `action`.
        static func writeForm(in directory: URL, action: URL, fields: KeyValuePairs<String, String>) throws
            -> URL
        {
            let inputs = fields.map { "<input type=\"hidden\" name=\"\($0.key)\" value=\"\($0.value)\">" }
            let html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Another site</title></head><body>
                <form method="post" action="\(action.absoluteString)">
                \(inputs.joined(separator: "\n"))
                <button type="submit" id="cross-site-submit">Send</button>
                </form>
                </body></html>
                """
            let file = directory.appendingPathComponent("cross-site.html")
            try html.write(to: file, atomically: true, encoding: .utf8)
            return file
        }
    }
}
