/// The steps of a planned handover from one trusted person to another (PRODUCT.md,
/// "Handovers"): proposed → agreed by the individual → note written → accepted by the
/// incoming person → completed; or cancelled before completion.
public enum HandoverStage: String, CaseIterable, Sendable {
    case proposed
    case agreed
    case noteWritten = "note-written"
    case accepted
    case completed
    case cancelled

    public var title: String {
        switch self {
        case .proposed: "Proposed"
        case .agreed: "Agreed by the person"
        case .noteWritten: "Handover note written"
        case .accepted: "Accepted by the incoming person"
        case .completed: "Completed"
        case .cancelled: "Cancelled"
        }
    }

    /// The one step that follows this one, if any.
    public var next: HandoverStage? {
        switch self {
        case .proposed: .agreed
        case .agreed: .noteWritten
        case .noteWritten: .accepted
        case .accepted: .completed
        case .completed, .cancelled: nil
        }
    }

    public var isFinished: Bool { self == .completed || self == .cancelled }

    /// Throws unless a handover at this stage may move to `target`.
    public func checkStep(to target: HandoverStage) throws(DomainError) {
        let allowed = target == next || (target == .cancelled && !isFinished)
        if !allowed { throw .invalidHandoverStep(from: self, to: target) }
    }
}

/// What happens to the outgoing trusted person's link when the handover completes.
public enum OutgoingOutcome: String, CaseIterable, Sendable {
    /// The link ends with reason `handover` and stays as history.
    case end
    /// The outgoing person stays in the circle as a back-up.
    case keepAsBackup = "keep-as-backup"

    public var title: String {
        switch self {
        case .end: "End their link (kept as history)"
        case .keepAsBackup: "Keep them as a back-up"
        }
    }
}
