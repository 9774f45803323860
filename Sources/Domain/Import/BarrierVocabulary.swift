/// What kind of system barrier a person's support ran into (REPORTS.md, barrier `category`).
public enum BarrierCategory: String, CaseIterable, Sendable {
    case threshold
    case eligibility
    case dataSharing = "data-sharing"
    case capacity
    case policy
    case other
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
}

/// How far up the network a barrier has gone (REPORTS.md, barrier `level`).
public enum BarrierLevel: String, CaseIterable, Sendable {
    case champion
    case coordinator
    case networkManager = "network-manager"
    case strategicBoard = "strategic-board"
}
