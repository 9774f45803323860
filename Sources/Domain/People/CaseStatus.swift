/// Where a case stands: referred → open → closed, and a closed case may be reopened
/// (the history of each change is kept).
public enum CaseStatus: String, CaseIterable, Sendable {
    case referred
    case open
    case closed

    public var title: String {
        switch self {
        case .referred: "Referred"
        case .open: "Open"
        case .closed: "Closed"
        }
    }

    /// Whether a case may move from this status to `next`.
    public func canChange(to next: CaseStatus) -> Bool {
        switch (self, next) {
        case (.referred, .open), (.open, .closed), (.closed, .open): true
        default: false
        }
    }
}

/// Why a case closed: the exit destinations of the Fulfilling Lives data framework.
public enum ClosureReason: String, CaseIterable, Sendable {
    case movedToOtherSupport = "moved-to-other-support"
    case noLongerNeedsSupport = "no-longer-needs-support"
    case disengaged
    case prison
    case hospital
    case died
    case movedOutOfArea = "moved-out-of-area"
    case excluded
    case other

    public var title: String {
        switch self {
        case .movedToOtherSupport: "Moved to other support"
        case .noLongerNeedsSupport: "No longer needs support"
        case .disengaged: "Disengaged"
        case .prison: "Prison"
        case .hospital: "Hospital"
        case .died: "Died"
        case .movedOutOfArea: "Moved out of area"
        case .excluded: "Excluded"
        case .other: "Other"
        }
    }
}

/// How the person relates to services when referred (PRODUCT.md, "Individuals").
public enum CohortGroup: String, CaseIterable, Sendable {
    case knownNotWorking = "known-not-working"
    case knownNotConnected = "known-not-connected"
    case notKnown = "not-known"

    public var title: String {
        switch self {
        case .knownNotWorking: "Known to services but not working for them"
        case .knownNotConnected: "Known to services but not connected"
        case .notKnown: "Not known to services"
        }
    }
}
