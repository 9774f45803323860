/// What kind of system barrier a person's support ran into (REPORTS.md, barrier `category`).
public enum BarrierCategory: String, CaseIterable, Sendable {
    case threshold
    case eligibility
    case dataSharing = "data-sharing"
    case capacity
    case policy
    case other

    public var title: String {
        switch self {
        case .threshold: "Gatekeeping threshold"
        case .eligibility: "Eligibility"
        case .dataSharing: "Data sharing"
        case .capacity: "Capacity"
        case .policy: "Policy"
        case .other: "Other"
        }
    }
}

/// Where a barrier stands (REPORTS.md, barrier `status`).
public enum BarrierStatus: String, CaseIterable, Sendable {
    case raised
    case actionPlan = "action-plan"
    case escalated
    case resolved
    case closedUnresolved = "closed-unresolved"

    /// Whether the barrier is finished with, resolved or not.
    public var isFinished: Bool { self == .resolved || self == .closedUnresolved }

    public var title: String {
        switch self {
        case .raised: "Raised"
        case .actionPlan: "Action plan agreed"
        case .escalated: "Escalated"
        case .resolved: "Resolved"
        case .closedUnresolved: "Closed, unresolved"
        }
    }

    /// The statuses a barrier may move to from this one (PRODUCT.md, "System barriers register":
    /// raised → action plan → escalated → resolved, or closed unresolved; escalation may repeat
    /// up the levels; a finished barrier may be reopened as raised).
    public var next: [BarrierStatus] {
        switch self {
        case .raised: [.actionPlan, .escalated, .resolved, .closedUnresolved]
        case .actionPlan: [.escalated, .resolved, .closedUnresolved]
        case .escalated: [.escalated, .resolved, .closedUnresolved]
        case .resolved, .closedUnresolved: [.raised]
        }
    }
}

/// How far up the network a barrier has gone (REPORTS.md, barrier `level`).
public enum BarrierLevel: String, CaseIterable, Sendable {
    case champion
    case coordinator
    case networkManager = "network-manager"
    case strategicBoard = "strategic-board"

    public var title: String {
        switch self {
        case .champion: "Champion"
        case .coordinator: "Coordinator"
        case .networkManager: "Network manager"
        case .strategicBoard: "Strategic board"
        }
    }

    /// The level above this one, if any.
    public var above: BarrierLevel? {
        let all = Self.allCases
        let index = all.firstIndex(of: self)!
        return index + 1 < all.count ? all[index + 1] : nil
    }
}
