import Foundation
import Testing
@testable import App

extension BrowserJourneys {
    /// Issue 15 at phone width: a coordinator withdraws a consent on the person's word, and is
    /// asked first on a page that says what will happen, to whom, and that it cannot be undone.
    @Suite struct ConfirmationPages {
        static let phoneWidth = 390

        @Test func aCoordinatorWithdrawsOnThePersonsWordThroughTheConfirmationPage() async throws {
            try await withLiveApp { live in
                try live.createUser("casey@example.org", roles: [.coordinator], name: "Casey Lund")
                let person = try live.refer("Robin Ash")
                let sam = try live.createTrustedPerson("Sam Okafor")
                try live.link(person, sam)
                let consent = try live.consent(person, to: .trustedPerson(sam), [.story])
                try await withBrowser { phone in
                    try await phone.emulatePhone(width: Self.phoneWidth, height: 844)
                    try await phone.signIn(live, email: "casey@example.org")
                    try await phone.navigate(to: live.url("/people/\(person)#circle-table"))
                    try await phone.attachScreenshot(named: "record-circle-table-phone.png")
                    try await phone.navigate(to: live.url("/people/\(person)#consents"))
                    try await phone.click("a[href='/people/\(person)/consents/\(consent)/withdraw']")
                    try await phone.waitForPath("/people/\(person)/consents/\(consent)/withdraw")
                    #expect(try await phone.text(of: "main h1") == "Withdraw Robin Ash's consent to share with Sam Okafor?")
                    #expect(try await phone.text(of: "main .warning-box").hasPrefix("This cannot be undone."))
                    #expect(try await live.withdrawal(ofConsent: consent, of: person) == nil, "nothing changes before the answer")
                    let png = try await phone.screenshot()
                    #expect(PNG.size(of: png)?.width == Self.phoneWidth)
                    Attachment.record([UInt8](png), named: "withdraw-on-their-word-confirmation-phone.png")

                    try await phone.click("#confirm-action")
                    try await phone.waitForPath("/people/\(person)")
                    let withdrawal = try #require(try live.withdrawal(ofConsent: consent, of: person))
                    #expect(withdrawal.how == "on-their-word")
                    try await phone.navigate(to: live.url("/caseload#result-count"))
                    try await phone.attachScreenshot(named: "caseload-phone.png")
                }
            }
        }
    }
}
