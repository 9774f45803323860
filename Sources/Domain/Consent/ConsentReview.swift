/// How the person said they agree, more exactly than `ConsentMethod`: in person, on the phone,
/// on a video call, in writing, or on their own page. Each channel belongs to one method.
public enum ConsentChannel: String, CaseIterable, Sendable {
    case inPerson = "in-person"
    case phone
    case video
    case written
    case ownPage = "own-page"

    /// The broader method the consents table records.
    public var method: ConsentMethod {
        switch self {
        case .inPerson, .phone, .video: .verbal
        case .written: .written
        case .ownPage: .selfService
        }
    }

    public var title: String {
        switch self {
        case .inPerson: "In person"
        case .phone: "On the phone"
        case .video: "On a video call"
        case .written: "In writing"
        case .ownPage: "On their own page"
        }
    }

    /// The channels a coordinator may record for the person (the person's own page records itself).
    public static let recordedByStaff: [ConsentChannel] = [.inPerson, .phone, .video, .written]
}

/// When a consent is due for review and whether it may be renewed: a renewal is a new consent
/// with the same recipient, kinds of information and purpose, given again on a date, with a new
/// review date; the old consent stays as history (PRODUCT.md: "Expired consent stops sharing
/// until reviewed; coordinators see what is due for review").
public enum ConsentReview {
    /// Days before the review date from which a consent is shown as due.
    public static let noticeDays = 30

    /// Whether the consent may still be renewed or changed: not withdrawn and not already replaced.
    public static func isOpen(_ consent: ConsentGrant) -> Bool {
        consent.withdrawnOn == nil && consent.replacedBy == nil
    }

    /// Whether the consent's review is due within `noticeDays`, overdue, or it has expired.
    public static func isDue(_ consent: ConsentGrant, today: CalendarDate) -> Bool {
        isOpen(consent) && consent.reviewBy <= today.adding(days: noticeDays)
    }

    /// Whether a later consent to the same recipient has taken over from `consent` (recorded
    /// anew rather than through "renew"): it is history, not due for review. The caseload's
    /// list of consents due applies the same rule (`ConsentStore.dueForReview`).
    public static func isSuperseded(_ consent: ConsentGrant, among all: [ConsentGrant]) -> Bool {
        all.contains { $0.id > consent.id && $0.recipient == consent.recipient }
    }

    /// Whether `consent` is due for review, unless a later consent to the same recipient has taken over.
    public static func isDue(_ consent: ConsentGrant, among all: [ConsentGrant], today: CalendarDate) -> Bool {
        isDue(consent, today: today) && !isSuperseded(consent, among: all)
    }

    /// Adds the messages for renewing `consent` as given again on `givenOn` (already checked
    /// not to be in the future) and reviewed by `reviewBy`: the consent must still be open, the
    /// date not before it was first given, and the review after the new date.
    public static func check(
        renewing consent: ConsentGrant, givenOn: CalendarDate, reviewBy: CalendarDate, into errors: inout FieldErrors
    ) {
        if !isOpen(consent) { errors.add("consent", "This consent has already been renewed, changed or withdrawn.") }
        if givenOn < consent.givenOn { errors.add("given_on", "The date they agreed again cannot be before they first agreed.") }
        if reviewBy <= givenOn { errors.add("review_by", "The review date must be after the date they agreed again.") }
    }
}
