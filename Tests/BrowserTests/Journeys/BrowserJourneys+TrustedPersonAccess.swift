import Foundation
import Testing

extension BrowserJourneys {
    /// A trusted person sees only the people they walk alongside.
    @Suite struct TrustedPersonAccess {
        @Test func seesTheirPersonAndIsRefusedSomeoneElse() async throws {
            try await withLiveApp { live in
                let account = try live.createUser(
                    "pat@example.org", roles: [.trustedPerson], name: "Pat Quinn")
                let pat = try live.createTrustedPerson("Pat Quinn", userID: account)
                let alex = try live.refer("Alex Morgan")
                let billie = try live.refer("Billie Shaw")
                try live.link(alex, pat)
                try live.link(billie, try live.createTrustedPerson("Dana Ellis"))
                try await withBrowser { browser in
                    try await browser.signIn(live, email: "pat@example.org")

                    try await browser.navigate(to: live.url("/alongside"))
                    #expect(try await browser.texts(of: "main .person-card-name a") == ["Alex Morgan"])

                    try await browser.navigate(to: live.url("/people/\(billie)"))
                    #expect(try await browser.text(of: "main .status-code") == "Error 403")
                    #expect(try await browser.text(of: "main h1") == "You do not have access to this page")
                    #expect(try await browser.pageSource().contains("Billie Shaw") == false)
                }
            }
        }
    }
}
