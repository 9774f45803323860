import Foundation

/// One recorded grant or removal of a role that needs a reason (see `RoleChangeRules`).
public struct RoleGrant: Sendable, Equatable {
    /// Whether the role was given or taken away.
    public enum Change: String, Sendable, CaseIterable {
        case granted
        case revoked
    }

    public let userID: Int64
    public let role: Role
    public let change: Change
    /// The account that made the change; `nil` when no account did (first-run set-up, demo data).
    public let byUserID: Int64?
    public let at: Date
    public let reason: String

    public init(userID: Int64, role: Role, change: Change, byUserID: Int64?, at: Date, reason: String) {
        self.userID = userID
        self.role = role
        self.change = change
        self.byUserID = byUserID
        self.at = at
        self.reason = reason
    }
}

/// Reads a history of role grants: which grants gave an account its roles at a moment.
///
/// Why: PRODUCT.md asks that a role grant "appears in the person's 'who has looked' when used
/// on their record", so each access-log line needs the grants its user was acting under then.
public enum RoleGrantHistory {
    /// The grants in force for `userID` at `moment`, one per role at most, in the roles' usual
    /// order: for each role, the latest change at or before `moment`, when it was a grant.
    /// `history` is in the order the changes were recorded.
    public static func inForce(_ history: [RoleGrant], userID: Int64, at moment: Date) -> [RoleGrant] {
        var latest: [Role: RoleGrant] = [:]
        for change in history where change.userID == userID && change.at <= moment {
            latest[change.role] = change
        }
        return latest.values.filter { $0.change == .granted }.sorted { $0.role < $1.role }
    }
}
