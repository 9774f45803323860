import Domain
import Testing

/// A consent replaced by its renewal is history: not in force, not expired, not due; renewal
/// dates are checked against the consent renewed.
@Suite struct ConsentReviewRulesTests {
    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func grant(reviewBy: String, withdrawn: String? = nil, replacedBy: Int64? = nil) -> ConsentGrant {
        ConsentGrant(
            id: 1, recipient: .coordinationTeam, categories: [.story], givenOn: date("2025-06-01"), reviewBy: date(reviewBy),
            withdrawnOn: withdrawn.map(date), replacedBy: replacedBy)
    }

    @Test func aReplacedConsentIsNeitherInForceNorExpiredNorDue() {
        let today = Self.date("2026-03-01")
        let replaced = Self.grant(reviewBy: "2026-06-01", replacedBy: 2)
        #expect(!ConsentPolicy.isInForce(replaced, today: today))
        #expect(!ConsentPolicy.isExpired(Self.grant(reviewBy: "2026-01-01", replacedBy: 2), today: today))
        #expect(!ConsentReview.isDue(Self.grant(reviewBy: "2026-01-01", replacedBy: 2), today: today))
        #expect(ConsentPolicy.categories([replaced], for: [.coordinationTeam], today: today).isEmpty)
    }

    @Test(arguments: [("2026-03-31", true), ("2026-04-01", false), ("2026-01-01", true)])
    func dueWithinThirtyDaysOrOverdue(reviewBy: String, due: Bool) {
        #expect(ConsentReview.isDue(Self.grant(reviewBy: reviewBy), today: Self.date("2026-03-01")) == due)
    }

    @Test func aWithdrawnConsentIsNeverDue() {
        #expect(!ConsentReview.isDue(Self.grant(reviewBy: "2026-01-01", withdrawn: "2025-12-01"), today: Self.date("2026-03-01")))
    }

    @Test func renewalDatesAreChecked() {
        var errors = FieldErrors()
        ConsentReview.check(renewing: Self.grant(reviewBy: "2026-01-01"), givenOn: Self.date("2025-05-01"), reviewBy: Self.date("2025-04-01"), into: &errors)
        #expect(Set(errors.entries.map(\.field)) == ["given_on", "review_by"])
        var closed = FieldErrors()
        ConsentReview.check(
            renewing: Self.grant(reviewBy: "2026-01-01", replacedBy: 3), givenOn: Self.date("2026-02-01"), reviewBy: Self.date("2027-02-01"),
            into: &closed)
        #expect(closed["consent"] != nil)
        var fine = FieldErrors()
        ConsentReview.check(renewing: Self.grant(reviewBy: "2026-01-01"), givenOn: Self.date("2026-02-01"), reviewBy: Self.date("2027-02-01"), into: &fine)
        #expect(fine.isEmpty)
    }

    @Test func everyChannelBelongsToAMethod() {
        #expect(ConsentChannel.phone.method == .verbal)
        #expect(ConsentChannel.written.method == .written)
        #expect(ConsentChannel.ownPage.method == .selfService)
        #expect(!ConsentChannel.recordedByStaff.contains(.ownPage))
    }
}
