import Domain

/// Who may reach a route. Declared once per route in `Routes`; `RouteGate` enforces it by
/// asking `AccessPolicy`, so no handler checks roles itself.
enum Access: Sendable, Equatable {
    /// Anyone, signed in or not (sign-in, setup and invitation links).
    case anyone
    /// Any signed-in user.
    case signedIn
    /// Signed-in users whose roles grant this permission.
    case permission(Permission)
    /// Users the access policy lets open the record of the individual named by the `:id`
    /// path parameter (a trusted person only while linked; a coordinator always).
    case individualRecord
    /// Users the access policy lets record work (contacts) with the individual in `:id`.
    case individualWork
    /// Users the access policy lets open the handover named by the `:handover` path parameter
    /// (coordinators; the incoming person once the note is written).
    case handover
}
