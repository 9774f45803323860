import Domain
import Foundation
import Testing
@testable import App

/// An expired consent to someone the person has since agreed to share with again (recorded
/// anew, not through "renew") is history: not "due", no "Agree again", on the person's pages
/// or the record, just as the caseload's list of consents due leaves it out.
@Suite struct SupersededConsentTests {
    @Test func anExpiredConsentFollowedByANewOneIsHistoryNotDue() throws {
        let test = try TestApp()
        let (robin, sam, expired, me) = try test.personWithAnExpiredConsent()
        #expect(try me.get("/me").contains("href=\"/me/sharing/\(expired)/renew\""), "due before anything newer exists")
        let current = try test.consent(robin, to: .trustedPerson(sam), [.housing, .story])
        let home = try me.get("/me")
        #expect(!home.contains("href=\"/me/sharing/\(expired)/renew\""))
        #expect(!home.contains("ended on"))
        let sharing = try me.get("/me/sharing")
        #expect(!sharing.contains("href=\"/me/sharing/\(expired)/renew\""))
        #expect(sharing.contains("href=\"/me/sharing/\(current)/withdraw\""))
        let record = try test.signedIn([.coordinator]).get("/people/\(robin)")
        #expect(!record.contains("/consents/\(expired)/renew\""))
    }

    @Test func theRuleReadsTheRecipientAndOrder() {
        let day = CalendarDate(iso: "2025-01-01")!
        func grant(_ id: Int64, _ recipient: ConsentRecipient) -> ConsentGrant {
            ConsentGrant(id: id, recipient: recipient, categories: [.housing], givenOn: day, reviewBy: day.adding(days: 30), withdrawnOn: nil)
        }
        let old = grant(1, .coordinationTeam)
        let others = [old, grant(2, .trustedPerson(7)), grant(3, .coordinationTeam)]
        #expect(ConsentReview.isSuperseded(old, among: others))
        #expect(!ConsentReview.isSuperseded(others[2], among: others))
        #expect(!ConsentReview.isSuperseded(old, among: [old, grant(2, .trustedPerson(7))]))
        let today = day.adding(days: 60)
        #expect(ConsentReview.isDue(old, today: today))
        #expect(!ConsentReview.isDue(old, among: others, today: today))
    }
}
