/// A role a user holds; a user may hold several, and access is the union of what each allows
/// (PRODUCT.md, "Roles").
public enum Role: String, CaseIterable, Sendable, Hashable, Comparable {
    case individual
    case trustedPerson = "trusted-person"
    case champion
    case coordinator
    case manager

    /// The name people see.
    public var title: String {
        switch self {
        case .individual: "Individual"
        case .trustedPerson: "Trusted person"
        case .champion: "Champion"
        case .coordinator: "Coordinator"
        case .manager: "Manager"
        }
    }

    /// What the role is for, in a line, for the admin pages.
    public var summary: String {
        switch self {
        case .individual: "Sees their own story, plan, circle of trust and who has looked at their record."
        case .trustedPerson: "Sees the people they walk alongside and what each has agreed to share."
        case .champion: "Sees their organisation's trusted persons and supports them."
        case .coordinator: "Logs and runs cases county-wide."
        case .manager: "Oversees the network, manages users and exports the quarterly report."
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
