/// The one policy that decides what a user may do. Handlers never check roles themselves:
/// routes declare a `Permission` and the app asks this policy.
///
/// Why a table: PRODUCT.md says access is the union of what each role allows, never more,
/// so each role grants a fixed set and a user's grants are the union over their roles.
/// Reads of an individual's personal information get their own rules here as the
/// consent and trust-link features arrive. Importing is a coordinator's job only (PRODUCT.md):
/// an importer reads what they import, and managers see aggregates, not names.
public struct AccessPolicy: Sendable {
    /// What each role grants on its own.
    public static let grants: [Role: Set<Permission>] = [
        .individual: [.viewOwnRecord],
        .trustedPerson: [
            .viewPeopleWalkedAlongside, .workBarriers, .askForHelp, .workHelpRequests, .viewNetworkDirectory, .flagTrainingNeeds,
        ],
        .champion: [
            .viewOwnOrganisation, .workBarriers, .workHelpRequests, .inviteTrustedPersons, .viewNetworkDirectory, .flagTrainingNeeds,
        ],
        .coordinator: [
            .workCaseload, .importData, .workBarriers, .workHelpRequests, .approveInvitations, .viewNetworkDirectory,
            .flagTrainingNeeds, .recordTraining,
        ],
        .manager: [
            .viewNetwork, .administerUsers, .workBarriers, .approveInvitations, .viewNetworkDirectory, .exportPersonalData, .reviewRetention,
        ],
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

    /// Whether a holder of `roles`, standing in `relation` to an individual, may open that
    /// individual's record.
    ///
    /// Coordinators work every case under the programme's agreement with the individual; a
    /// trusted person only while their link with the individual is active; an individual
    /// only their own record. Champions and managers see no individual's record through
    /// those roles (PRODUCT.md: managers see aggregates, champions their organisation).
    public func mayViewIndividual(_ roles: Set<Role>, _ relation: IndividualRelation) -> Bool {
        roles.contains { role in
            switch role {
            case .coordinator: true
            case .trustedPerson: relation.hasActiveLink && !relation.isMarkedUnsafe
            case .individual: relation.isOwnRecord
            case .champion, .manager: false
            }
        }
    }

    /// Whether a holder of `roles` may record work with an individual (contacts): coordinators,
    /// and trusted persons while their link is active.
    public func mayWorkWithIndividual(_ roles: Set<Role>, _ relation: IndividualRelation) -> Bool {
        roles.contains(.coordinator) || (roles.contains(.trustedPerson) && relation.hasActiveLink && !relation.isMarkedUnsafe)
    }

    /// The categories of an individual's information a holder of `roles` may read, standing in
    /// `relation` (PRODUCT.md, "Consent — the rule at the heart").
    ///
    /// The individual reads everything of their own. Coordinators read what the consent to the
    /// coordination team covers, plus what a safeguarding override opened. A trusted person
    /// reads only what is consented to them or their organisation, only while their link is
    /// active, and never when marked unsafe. Champions and managers read nothing through
    /// those roles. Access is the union over the user's roles.
    public func readableCategories(_ roles: Set<Role>, _ relation: IndividualRelation) -> Set<InformationCategory> {
        var readable = Set<InformationCategory>()
        for role in roles {
            switch role {
            case .individual where relation.isOwnRecord:
                readable.formUnion(InformationCategory.allCases)
            case .coordinator:
                readable.formUnion(relation.sharedWithCoordinators)
                readable.formUnion(relation.openedByOverride)
            case .trustedPerson where relation.hasActiveLink && !relation.isMarkedUnsafe:
                readable.formUnion(relation.sharedWithUser)
            default:
                break
            }
        }
        return readable
    }
}

/// How one user stands towards one individual, as the store finds it.
public struct IndividualRelation: Sendable, Equatable {
    /// The user's trusted-person record has an active link with the individual.
    public let hasActiveLink: Bool
    /// The record is the user's own.
    public let isOwnRecord: Bool
    /// The user's trusted-person record is marked unsafe for this individual.
    public let isMarkedUnsafe: Bool
    /// Categories in force in consents to the user as a trusted person or to their organisation.
    public let sharedWithUser: Set<InformationCategory>
    /// Categories in force in the consent to the coordination team.
    public let sharedWithCoordinators: Set<InformationCategory>
    /// Categories this user opened by a safeguarding override that has not yet lapsed.
    public let openedByOverride: Set<InformationCategory>

    public init(
        hasActiveLink: Bool = false, isOwnRecord: Bool = false, isMarkedUnsafe: Bool = false,
        sharedWithUser: Set<InformationCategory> = [], sharedWithCoordinators: Set<InformationCategory> = [],
        openedByOverride: Set<InformationCategory> = []
    ) {
        self.hasActiveLink = hasActiveLink
        self.isOwnRecord = isOwnRecord
        self.isMarkedUnsafe = isMarkedUnsafe
        self.sharedWithUser = sharedWithUser
        self.sharedWithCoordinators = sharedWithCoordinators
        self.openedByOverride = openedByOverride
    }
}
