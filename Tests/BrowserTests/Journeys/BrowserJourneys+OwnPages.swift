import Foundation
import Testing

@testable import App

extension BrowserJourneys {
    /// Issue 15 at phone width (390 px): a coordinator renews an expired consent as it stands from
    /// the caseload; the person adds to their plan, agrees again to a consent through the page
    /// that says what will happen, and questions someone in their circle, which the coordinator
    /// then sees on the caseload.
    @Suite struct OwnPages {
        static let phoneWidth = 390

        @Test func aCoordinatorRenewsAConsentAsItStands() async throws {
            try await withLiveApp { live in
                try live.createUser("casey@example.org", roles: [.coordinator], name: "Casey Lund")
                let person = try live.refer("Robin Ash")
                let sam = try live.createTrustedPerson("Sam Okafor")
                try live.link(person, sam)
                let consent = try live.expiredConsent(person, to: .trustedPerson(sam), [.housing, .plan])
                try await withBrowser { phone in
                    try await phone.emulatePhone(width: Self.phoneWidth, height: 844)
                    try await phone.signIn(live, email: "casey@example.org")
                    try await phone.navigate(to: live.url("/caseload"))
                    try await phone.click("#consents-due summary")
                    try await phone.attachScreenshot(named: "caseload-consents-due-phone.png")
                    try await phone.click("#consents-due a[href='/people/\(person)/consents/\(consent)/renew']")
                    try await phone.waitForPath("/people/\(person)/consents/\(consent)/renew")
                    #expect(try await phone.text(of: "main h1") == "Renew Robin Ash's consent")
                    try await phone.click("label[for='how-phone']")
                    let png = try await phone.screenshot()
                    #expect(PNG.size(of: png)?.width == Self.phoneWidth)
                    Attachment.record([UInt8](png), named: "renew-consent-phone.png")
                    #expect(try live.renewal(ofConsent: consent, of: person) == nil)
                    try await phone.click("#renew-consent")
                    try await phone.waitForPath("/people/\(person)")
                    let renewal = try #require(try live.renewal(ofConsent: consent, of: person))
                    #expect(renewal.channel == .phone && renewal.grant.categories == [.housing, .plan])
                    #expect(try await phone.pageSource().contains("The consent has been renewed as it stands."))
                    try await phone.navigate(to: live.url("/people/\(person)#consents"))
                    try await phone.attachScreenshot(named: "record-consents-renewed-phone.png")
                }
            }
        }

        @Test func thePersonSpeaksOnTheirOwnPagesAndTheCoordinatorSeesTheirQuestion() async throws {
            try await withLiveApp { live in
                try live.createUser("casey@example.org", roles: [.coordinator], name: "Casey Lund")
                let person = try live.refer("Robin Ash")
                let own = try live.createUser("robin@example.org", roles: [.individual], name: "Robin Ash")
                try live.giveAccount(own, to: person)
                let sam = try live.createTrustedPerson("Sam Okafor")
                let link = try live.link(person, sam)
                let consent = try live.expiredConsent(person, to: .trustedPerson(sam), [.housing])
                try await withBrowser { phone in
                    try await phone.emulatePhone(width: Self.phoneWidth, height: 844)
                    try await phone.signIn(live, email: "robin@example.org")
                    try await phone.navigate(to: live.url("/me"))
                    try await phone.waitForElement(css: "#due")
                    try await phone.attachScreenshot(named: "my-page-due-phone.png")

                    try await phone.navigate(to: live.url("/me/plan"))
                    try await phone.fill("#goal", with: "Live near my sister")
                    try await phone.fill("#step", with: "Look at flats in March")
                    try await phone.click("#add-my-plan")
                    try await phone.waitForText("Thank you. Your words have been added.", in: "main .notice")
                    #expect(try live.ownGoals(of: person) == ["Live near my sister"])
                    #expect(try await phone.pageSource().contains("You wrote this"))
                    try await phone.attachScreenshot(named: "my-plan-own-words-phone.png")

                    try await phone.navigate(to: live.url("/me/sharing"))
                    #expect(try await phone.findElements(css: "a[href='/me/sharing/\(consent)/withdraw']").isEmpty)
                    try await phone.attachScreenshot(named: "my-sharing-expired-phone.png")
                    try await phone.click("a[href='/me/sharing/\(consent)/renew']")
                    try await phone.waitForPath("/me/sharing/\(consent)/renew")
                    #expect(try await phone.text(of: "main h1") == "Agree again to share with Sam Okafor?")
                    try await phone.attachScreenshot(named: "my-agree-again-confirmation-phone.png")
                    #expect(try live.renewal(ofConsent: consent, of: person) == nil, "nothing changes before the answer")
                    try await phone.click("#confirm-agree")
                    try await phone.waitForPath("/me/sharing")
                    #expect(try live.renewal(ofConsent: consent, of: person)?.method == .selfService)

                    try await phone.navigate(to: live.url("/me/circle"))
                    try await phone.click("a[href='/me/circle/\(link)/question']")
                    try await phone.waitForPath("/me/circle/\(link)/question")
                    try await phone.fill("#words", with: "I am not sure about Sam any more")
                    try await phone.attachScreenshot(named: "my-question-phone.png")
                    try await phone.click("#send-question")
                    try await phone.waitForPath("/me/circle")
                    #expect(try await phone.pageSource().contains("You asked a question about them"))
                    try await phone.attachScreenshot(named: "my-circle-asked-phone.png")

                    try await phone.click(".phone-menu > summary")
                    try await phone.click("#sign-out-menu")
                    try await phone.waitForPath("/sign-in")
                    try await phone.signIn(live, email: "casey@example.org")
                    try await phone.navigate(to: live.url("/caseload"))
                    try await phone.waitForElement(css: "#questions-from-people")
                    #expect(try await phone.text(of: "#questions-from-people li").contains("has a question about Sam Okafor"))
                    try await phone.attachScreenshot(named: "caseload-question-phone.png")
                    try await phone.click("#questions-from-people a[href='/people/\(person)/questions']")
                    try await phone.waitForPath("/people/\(person)/questions")
                    #expect(try await phone.pageSource().contains("I am not sure about Sam any more"))
                    try await phone.attachScreenshot(named: "coordinator-questions-phone.png")
                }
            }
        }
    }
}
