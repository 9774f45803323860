/// Separation of duties for accounts: nobody changes their own roles or deactivates their
/// own account, and adding a role that opens people's information (coordinator) or runs the
/// service (manager) needs a reason on record.
///
/// Why: PRODUCT.md ("Consent — the rule at the heart") says "Nobody changes their own roles;
/// granting coordinator or manager needs a reason and is shown on the network page." A
/// manager who could make themself a coordinator could read every category of every
/// person's information with no one else involved. With these rules it takes a second person,
/// and the reason is shown on the network page and in the person's own "who has looked".
/// Removing a role takes access away, so it needs no reason.
public enum RoleChangeRules {
    /// The roles whose grant needs a reason and is recorded as a role grant.
    public static let rolesNeedingReason: Set<Role> = [.coordinator, .manager]
    public static let minimumReasonLength = 10
    public static let maximumReasonLength = 500

    /// What a change of one account's roles adds and removes.
    public struct Change: Sendable, Equatable {
        public let granted: Set<Role>
        public let revoked: Set<Role>

        /// The difference between the roles an account holds and the roles it is to hold.
        public init(from current: Set<Role>, to wanted: Set<Role>) {
            granted = wanted.subtracting(current)
            revoked = current.subtracting(wanted)
        }

        public var isEmpty: Bool { granted.isEmpty && revoked.isEmpty }

        /// The added roles that need a reason and are recorded as role grants.
        public var recordedGrants: Set<Role> { granted.intersection(RoleChangeRules.rolesNeedingReason) }

        /// The removed roles that are recorded as revocations.
        public var recordedRevocations: Set<Role> { revoked.intersection(RoleChangeRules.rolesNeedingReason) }
    }

    /// Checks a change of `subjectID`'s roles made by `actorID` (`subjectID` is `nil` for a new
    /// account). Refusals go under `rolesField` (changing one's own roles) or `reasonField`.
    public static func check(
        _ change: Change, actorID: Int64, subjectID: Int64?, reason: String,
        rolesField: String = "roles", reasonField: String = "role_reason", into errors: inout FieldErrors
    ) {
        if subjectID == actorID, !change.isEmpty {
            errors.add(rolesField, "You cannot change your own roles. Ask another manager to do it.")
            return
        }
        checkReason(reason, for: change, field: reasonField, into: &errors)
    }

    /// Checks the reason for a change: required (trimmed, 10–500 characters) when the change
    /// grants coordinator or manager; optional otherwise, but never longer than 500.
    public static func checkReason(_ reason: String, for change: Change, field: String = "role_reason", into errors: inout FieldErrors) {
        let trimmed = reason.trimmingWhitespace()
        let grants = change.recordedGrants
        if trimmed.count > maximumReasonLength {
            errors.add(field, "Use \(maximumReasonLength) characters or fewer.")
        } else if !grants.isEmpty, trimmed.isEmpty {
            errors.add(field, "Say why this person needs the \(roleNames(grants)). It is shown to the people whose records they open.")
        } else if !grants.isEmpty, trimmed.count < minimumReasonLength {
            errors.add(field, "Give a reason of at least \(minimumReasonLength) characters, so others can understand it later.")
        }
    }

    /// Checks a change of an account's active status: nobody deactivates their own account.
    public static func checkDeactivation(actorID: Int64, subjectID: Int64, into errors: inout FieldErrors) {
        if actorID == subjectID {
            errors.add("status", "You cannot deactivate your own account. Ask another manager to do it.")
        }
    }

    /// The reason as it is stored: trimmed.
    public static func normalisedReason(_ reason: String) -> String {
        reason.trimmingWhitespace()
    }

    /// "coordinator role" or "coordinator and manager roles", in the roles' usual order.
    public static func roleNames(_ roles: Set<Role>) -> String {
        let names = roles.sorted().map { $0.title.lowercased() }
        return names.count == 1 ? names[0] + " role" : names.joined(separator: " and ") + " roles"
    }
}
