/// The `barriers.*` metrics (REPORTS.md, "Metrics"). Barriers belong to the system, not to one
/// person or district, so they are reported for group `all` only. How a barrier's ending is
/// read as at E is described on `ReportBarrier`. `barriers.with_action_plan` (outcomes framework)
/// is the share of the open barriers whose action plan was agreed on or before E.
enum BarrierMetrics {
    /// A barrier resolved this many days after being raised, or sooner, counts as within 90 days.
    static let resolutionDays = 90

    static func add(to builder: inout RowBuilder, index: ReportIndex, barriers: [ReportBarrier]) {
        var raised = 0
        var open = 0
        var openWithPlan = 0
        var due = 0
        var resolvedInTime = 0
        for barrier in barriers {
            let raisedDay = barrier.raisedOn.dayNumber
            guard raisedDay <= index.endDay else { continue }
            if raisedDay >= index.startDay { raised += 1 }
            if !hasEnded(barrier, index) {
                open += 1
                if let planned = barrier.actionPlanOn, index.isByEnd(planned) { openWithPlan += 1 }
            }
            guard raisedDay <= index.endDay - resolutionDays else { continue }
            due += 1
            if isResolved(barrier, withinDaysOf: raisedDay) { resolvedInTime += 1 }
        }
        builder.append(.count("barriers.raised_in_quarter", group: .all, raised))
        builder.append(.count("barriers.open", group: .all, open))
        builder.append(.ratio("barriers.with_action_plan", group: .all, numerator: openWithPlan, denominator: open, as: .percentage))
        builder.append(
            .ratio("barriers.resolved_within_90_days", group: .all, numerator: resolvedInTime, denominator: due, as: .percentage))
    }

    /// Resolved no more than 90 days after being raised.
    private static func isResolved(_ barrier: ReportBarrier, withinDaysOf raisedDay: Int) -> Bool {
        guard barrier.status == ReportBarrier.resolved, let resolvedOn = barrier.resolvedOn else { return false }
        return resolvedOn.dayNumber - raisedDay <= resolutionDays
    }

    /// Resolved or closed unresolved on or before E (or on a day not recorded).
    private static func hasEnded(_ barrier: ReportBarrier, _ index: ReportIndex) -> Bool {
        guard let ending = barrier.ending else { return false }
        guard let day = ending else { return true }
        return index.isByEnd(day)
    }
}
