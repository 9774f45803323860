import Foundation
import Testing

extension BrowserJourneys {
    /// A form on another site cannot change anything, even while a manager is signed in.
    ///
    /// The other site is a local file: Chromium sends `Sec-Fetch-Site: cross-site` for its
    /// form posts and withholds the `SameSite=Lax` session cookie.
    @Suite struct CrossSite {
        @Test func formOnAnotherSiteCannotCreateAnOrganisation() async throws {
            try await withLiveApp { live in
                try live.createUser("morgan@example.org", roles: [.manager], name: "Morgan Reid")
                let page = try Self.writeForm(in: live.directory, action: live.url("/admin/organisations"))
                try await withBrowser { browser in
                    try await browser.signIn(live, email: "morgan@example.org")
                    try await browser.navigate(to: page)
                    try await browser.click("#cross-site-submit")
                    try await browser.wait(for: "the app to answer the cross-site post") {
                        try await browser.currentURL().scheme == "http" ? () : nil
                    }
                    print("DEBUG", try await browser.currentURL(), try await browser.text(of: "main h1"))
                    #expect(try await browser.text(of: "main h1") == "This form has expired")
                }
                #expect(try live.organisations().isEmpty)
            }
        }

        /// Writes a page with a plain form posting `name` and `sector` but no `_csrf` token.
        static func writeForm(in directory: URL, action: URL) throws -> URL {
            let file = directory.appendingPathComponent("cross-site.html")
            let html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Another site</title></head><body>
                <form method="post" action="\(action.absoluteString)">
                  <input type="hidden" name="name" value="Forged Organisation">
                  <input type="hidden" name="sector" value="voluntary-community">
                  <button type="submit" id="cross-site-submit">Send</button>
                </form>
                </body></html>
                """
            try html.write(to: file, atomically: true, encoding: .utf8)
            return file
        }
    }
}
