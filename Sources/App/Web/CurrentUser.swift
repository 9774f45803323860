import Domain

/// The signed-in person making a request.
struct CurrentUser: Sendable {
    let id: Int64
    let email: String
    let displayName: String
    let roles: Set<Role>
    let organisationID: Int64?
    let sessionID: Int64
    let csrfToken: String

    /// Whether the one access policy lets this user do `permission`.
    func may(_ permission: Permission) -> Bool {
        AccessPolicy().allows(roles, permission)
    }
}
