/// The one policy that decides what a user may do. Handlers never check roles themselves:
/// routes declare a `Permission` and the app asks this policy.
///
/// Why a table: PRODUCT.md says access is the union of what each role allows, never more,
/// so each role grants a fixed set and a user's grants are the union over their roles.
/// Reads of an individual's personal information get their own rules here as the
/// consent and trust-link features arrive.
public struct AccessPolicy: Sendable {
    /// What each role grants on its own.
    public static let grants: [Role: Set<Permission>] = [
        .individual: [.viewOwnRecord],
        .trustedPerson: [.viewPeopleWalkedAlongside],
        .champion: [.viewOwnOrganisation],
        .coordinator: [.workCaseload],
        .manager: [.viewNetwork, .administerUsers],
    ]

    public init() {}

    /// Everything a holder of `roles` may do.
    public func permissions(for roles: Set<Role>) -> Set<Permission> {
        roles.reduce(into: Set<Permission>()) { $0.formUnion(Self.grants[$1] ?? []) }
    }

    /// Whether a holder of `roles` may do `permission`.
    public func allows(_ roles: Set<Role>, _ permission: Permission) -> Bool {
        roles.contains { Self.grants[$0]?.contains(permission) ?? false }
    }
}
