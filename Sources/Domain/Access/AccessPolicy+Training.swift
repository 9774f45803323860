extension AccessPolicy {
    /// In which capacity a holder of `roles` may flag (and see) a training need for a trusted
    /// person they stand towards as `standing`, or nil when they may not.
    ///
    /// Coordinators train and support every trusted person; a champion backs their own
    /// organisation's trusted persons only, and never sees another organisation's needs; a
    /// trusted person flags their own (issue 13). Managers see counts, not needs. Where several
    /// roles allow it, the widest capacity is recorded: coordinator, then champion.
    public func trainingNeedCapacity(_ roles: Set<Role>, _ standing: TrainingNeedStanding) -> TrainingNeedSource? {
        if roles.contains(.coordinator) { return .coordinator }
        if roles.contains(.champion), standing.isInOwnOrganisation { return .champion }
        if roles.contains(.trustedPerson), standing.isOwnRecord { return .trustedPerson }
        return nil
    }
}
