/// An organisation's champions' pledge: when it was signed (or last renewed), by whom, and when
/// it falls due for renewal (PRODUCT.md, "Organisations": whether it signed the champions'
/// pledge and when; the pledge is renewed every 12 months).
public struct Pledge: Sendable, Equatable {
    /// How long a signed pledge stands before it is due for renewal.
    public static let monthsValid = 12
    /// How long before the due date the renewal shows as "due soon".
    public static let daysWarning = 60

    /// Where an organisation stands with its pledge on a given day.
    public enum State: String, Sendable, CaseIterable {
        case notSigned = "not-signed"
        case current
        case dueSoon = "due-soon"
        case overdue

        /// The words people see.
        public var title: String {
            switch self {
            case .notSigned: "Not signed"
            case .current: "Current"
            case .dueSoon: "Renewal due soon"
            case .overdue: "Renewal overdue"
            }
        }
    }

    public let signedOn: CalendarDate
    /// Who signed for the organisation, when recorded.
    public let signedBy: String?

    public init(signedOn: CalendarDate, signedBy: String?) {
        self.signedOn = signedOn
        self.signedBy = signedBy
    }

    /// The day the pledge should be renewed: 12 months after it was signed.
    public var renewalDue: CalendarDate { signedOn.adding(months: Self.monthsValid) }

    /// Where the pledge stands on `today`.
    public func state(today: CalendarDate) -> State {
        if today >= renewalDue { return .overdue }
        if today >= renewalDue.adding(days: -Self.daysWarning) { return .dueSoon }
        return .current
    }

    /// Where a pledge that may not exist stands on `today`.
    public static func state(_ pledge: Pledge?, today: CalendarDate) -> State {
        pledge?.state(today: today) ?? .notSigned
    }

    /// Checks a renewal's fields: the date it was signed (not in the future, not before the
    /// pledge it renews), who signed, and the champion's confirmation.
    public static func checkRenewal(
        signedOn text: String, signedBy: String, confirmed: Bool, previous: Pledge?, today: CalendarDate,
        into errors: inout FieldErrors
    ) -> CalendarDate? {
        let day = CalendarDate(typed: text.trimmingWhitespace())
        if let day {
            if day > today { errors.add("signed_on", "The pledge cannot be signed in the future.") }
            if let previous, day < previous.signedOn {
                errors.add("signed_on", "The renewal cannot be before the pledge it renews (\(previous.signedOn.display)).")
            }
        } else {
            errors.add("signed_on", "Enter the date the pledge was signed, for example 2026-11-18.")
        }
        let name = signedBy.trimmingWhitespace()
        if name.isEmpty { errors.add("signed_by", "Enter who signed the pledge for the organisation.") }
        if name.count > 200 { errors.add("signed_by", "Keep the name under 200 characters.") }
        if !confirmed { errors.add("confirm", "Confirm that the organisation has renewed the pledge.") }
        return errors.isEmpty ? day : nil
    }
}
