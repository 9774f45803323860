/// How one user stands towards one handover, as the store finds it.
public struct HandoverRelation: Sendable, Equatable {
    /// The user's trusted-person record is the handover's incoming person.
    public let isIncomingPerson: Bool
    /// Where the handover stands now.
    public let stage: HandoverStage
    /// The user's trusted-person record is marked unsafe for the handover's individual.
    public let isMarkedUnsafe: Bool

    public init(isIncomingPerson: Bool, stage: HandoverStage, isMarkedUnsafe: Bool) {
        self.isIncomingPerson = isIncomingPerson
        self.stage = stage
        self.isMarkedUnsafe = isMarkedUnsafe
    }
}

extension AccessPolicy {
    /// The stages at which the incoming person reads the handover note: from the moment they
    /// are asked to accept (the note is written) onwards.
    public static let incomingReadsFrom: Set<HandoverStage> = [.noteWritten, .accepted, .completed]

    /// Whether a holder of `roles` may open a handover and read its note.
    ///
    /// Why: PRODUCT.md, "Handovers": the incoming person is asked to accept and reads the note
    /// to do so, so they reach it before any link of theirs exists. Coordinators run every
    /// handover. A trusted person reaches only a handover to themselves, once the note is
    /// written, never a cancelled one, and never when recorded as unsafe for the person.
    public func mayReadHandoverNote(_ roles: Set<Role>, _ relation: HandoverRelation) -> Bool {
        if roles.contains(.coordinator) { return true }
        return roles.contains(.trustedPerson) && relation.isIncomingPerson && !relation.isMarkedUnsafe
            && Self.incomingReadsFrom.contains(relation.stage)
    }

    /// Whether a holder of `roles` may move a handover to `target`: coordinators take every
    /// step; the incoming person records only their own acceptance, once they have the note.
    public func mayRecordHandoverStep(_ roles: Set<Role>, _ relation: HandoverRelation, to target: HandoverStage) -> Bool {
        if roles.contains(.coordinator) { return true }
        return target == .accepted && relation.stage == .noteWritten && mayReadHandoverNote(roles, relation)
    }
}
