import Domain

/// Who may reach a route. Declared once per route in `Route+Access.swift`; `RouteGate`
/// enforces it by asking `AccessPolicy`, so no handler checks roles itself.
enum Access: Sendable, Equatable {
    /// Anyone, signed in or not (sign-in, setup and invitation links).
    case anyone
    /// Any signed-in user.
    case signedIn
    /// Signed-in users whose roles grant this permission.
    case permission(Permission)
    /// Users the access policy lets open the record of the individual the route names
    /// (a trusted person only while linked; a coordinator always; the individual their own).
    case individualRecord
    /// Users the access policy lets record work (contacts, story, plan) with the individual the route names.
    case individualWork
    /// Users the access policy lets open the handover the route names (coordinators; the
    /// incoming person once the note is written).
    case handover
    /// Users the access policy lets open the request for help the route names (the asker, their
    /// organisation's champion when addressed to them, coordinators).
    case helpRequest

    /// Coordinators' case work.
    static let caseWork = Access.permission(.workCaseload)
}
