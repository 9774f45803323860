/// Why a trusted person is away for a while (PRODUCT.md, "Absence"): away, not gone.
public enum AbsenceKind: String, CaseIterable, Sendable {
    case sickness
    case leave

    public var title: String {
        switch self {
        case .sickness: "Off sick"
        case .leave: "On leave"
        }
    }

    /// The phrase after the person's name: "Sam is off sick".
    public var phrase: String {
        switch self {
        case .sickness: "off sick"
        case .leave: "on leave"
        }
    }
}

/// One recorded absence of a trusted person.
public struct Absence: Sendable, Equatable {
    public let id: Int64
    public let trustedPersonID: Int64
    public let kind: AbsenceKind
    public let from: CalendarDate
    public let expectedReturn: CalendarDate
    public let returnedOn: CalendarDate?

    public init(
        id: Int64, trustedPersonID: Int64, kind: AbsenceKind, from: CalendarDate, expectedReturn: CalendarDate,
        returnedOn: CalendarDate?
    ) {
        self.id = id
        self.trustedPersonID = trustedPersonID
        self.kind = kind
        self.from = from
        self.expectedReturn = expectedReturn
        self.returnedOn = returnedOn
    }

    /// Whether the person is away on `today`: the absence has begun and no return is recorded.
    public func isCurrent(today: CalendarDate) -> Bool {
        returnedOn == nil && from <= today
    }
}

/// The rules for recording an absence and for who acts meanwhile.
///
/// Why: PRODUCT.md says a trusted person off sick or on leave is absent, not gone: their
/// links stay, the back-up acts (or a coordinator gives interim cover) until they return.
/// Leaving their role is the bulk handover instead.
public enum AbsenceRules {
    /// Checks a new absence's dates; returns the messages beside the fields.
    public static func check(from: CalendarDate?, expectedReturn: CalendarDate?, into errors: inout FieldErrors) {
        if let from, let expectedReturn, expectedReturn < from {
            errors.add("expected_return", "The expected return cannot be before the absence starts.")
        }
    }

    /// Checks a return date against the absence it ends.
    public static func checkReturn(_ returnedOn: CalendarDate, of absence: Absence, today: CalendarDate, into errors: inout FieldErrors) {
        if returnedOn < absence.from { errors.add("returned_on", "They cannot return before the absence started.") }
        if returnedOn > today { errors.add("returned_on", "The return date cannot be in the future.") }
    }

    /// Who acts for an absent trusted person with one individual: the first active back-up
    /// who is not away themselves, if any.
    public static func acting(
        for absentID: Int64, in links: [ExistingLink], absentIDs: Set<Int64>
    ) -> ExistingLink? {
        links.first { $0.status == .active && $0.role == .backup && $0.trustedPersonID != absentID && !absentIDs.contains($0.trustedPersonID) }
    }

    /// Whether a coordinator's one-action interim cover is needed: the primary is away and no
    /// back-up can act, and no interim cover is active yet.
    public static func needsInterimCover(_ links: [ExistingLink], absentIDs: Set<Int64>) -> Bool {
        let activeLinks = links.filter { $0.status == .active }
        guard let primary = activeLinks.first(where: { $0.role == .primary }), absentIDs.contains(primary.trustedPersonID) else {
            return false
        }
        return acting(for: primary.trustedPersonID, in: activeLinks, absentIDs: absentIDs) == nil
            && !activeLinks.contains { $0.role == .interim }
    }
}
