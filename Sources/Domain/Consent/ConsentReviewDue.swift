/// Whether what a person agreed to share with a recipient needs reviewing: the latest consent
/// to each of `recipients`, not withdrawn, reviewed by the soonest date.
///
/// Why: PRODUCT.md — expired consent stops sharing until reviewed. A trusted person's card on
/// "People I walk alongside" says so ahead of time (issue 15), so the review is asked for
/// before sharing stops. Only consents to the reader themself (or their organisation) count:
/// other recipients' consents are never shown to them.
public enum ConsentReviewDue: Sendable, Equatable {
    /// The review date has passed: nothing is shared until the consent is reviewed.
    case expired(reviewBy: CalendarDate)
    /// The review date falls within the notice period.
    case dueSoon(reviewBy: CalendarDate)

    /// How many days ahead a coming review is shown (the caseload's "due for review" window).
    public static let noticeDays = 30

    /// The soonest review among the latest consent to each recipient in `recipients`, or nil
    /// when none is due (a withdrawn consent is the person's answer and needs no review).
    public static func reason(
        _ consents: [ConsentGrant], for recipients: Set<ConsentRecipient>, today: CalendarDate, within days: Int = noticeDays
    ) -> ConsentReviewDue? {
        let latest = Dictionary(grouping: consents.filter { recipients.contains($0.recipient) }, by: \.recipient)
            .values.compactMap { grants in grants.max { $0.id < $1.id } }
        let standing = latest.filter { $0.withdrawnOn == nil && $0.givenOn <= today }
        guard let soonest = standing.min(by: { $0.reviewBy < $1.reviewBy }) else { return nil }
        if ConsentPolicy.isExpired(soonest, today: today) { return .expired(reviewBy: soonest.reviewBy) }
        return soonest.reviewBy <= today.adding(days: days) ? .dueSoon(reviewBy: soonest.reviewBy) : nil
    }

    /// A sentence for the trusted person.
    public var message: String {
        switch self {
        case .expired(let reviewBy):
            "Consent review overdue since \(reviewBy.display): what it shared with you stays closed until it is reviewed."
        case .dueSoon(let reviewBy):
            "Consent review due by \(reviewBy.display)."
        }
    }
}
