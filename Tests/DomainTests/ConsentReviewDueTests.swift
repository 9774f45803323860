import Testing
@testable import Domain

/// When a recipient's consent needs reviewing: the latest consent to them, not withdrawn.
@Suite struct ConsentReviewDueTests {
    private let today = CalendarDate(iso: "2026-11-18")!
    private let sam = ConsentRecipient.trustedPerson(7)

    private func grant(_ id: Int64, _ recipient: ConsentRecipient, reviewIn days: Int, withdrawn: Bool = false) -> ConsentGrant {
        ConsentGrant(id: id, recipient: recipient, categories: [.notes], givenOn: today.adding(days: -300),
                     reviewBy: today.adding(days: days), withdrawnOn: withdrawn ? today.adding(days: -1) : nil)
    }

    @Test func aReviewWithinThirtyDaysIsDueSoon() {
        #expect(ConsentReviewDue.reason([grant(1, sam, reviewIn: 30)], for: [sam], today: today) == .dueSoon(reviewBy: today.adding(days: 30)))
        #expect(ConsentReviewDue.reason([grant(1, sam, reviewIn: 31)], for: [sam], today: today) == nil)
    }

    @Test func aPassedReviewIsExpiredUntilANewerConsentReplacesIt() {
        #expect(ConsentReviewDue.reason([grant(1, sam, reviewIn: -1)], for: [sam], today: today) == .expired(reviewBy: today.adding(days: -1)))
        #expect(ConsentReviewDue.reason([grant(1, sam, reviewIn: -1), grant(2, sam, reviewIn: 200)], for: [sam], today: today) == nil)
    }

    @Test func withdrawnAndOtherRecipientsConsentsNeedNoReview() {
        #expect(ConsentReviewDue.reason([grant(1, sam, reviewIn: 5, withdrawn: true)], for: [sam], today: today) == nil)
        #expect(ConsentReviewDue.reason([grant(1, .coordinationTeam, reviewIn: 5)], for: [sam], today: today) == nil)
    }
}
