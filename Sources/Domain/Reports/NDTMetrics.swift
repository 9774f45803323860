/// The `ndt.*` metrics over people with an NDT baseline and follow-up (REPORTS.md, "Metrics"):
/// the reduction in weighted scores, per item and in total, as a percentage of the baseline sum.
enum NDTMetrics {
    static func add(to builder: inout RowBuilder, index: ReportIndex, assessments: [ReportNDT]) {
        let slots = assessments.map { index.slot($0.personID) }
        let days = assessments.map(\.assessedOn.dayNumber)
        let pairs = AssessmentPairing.pairs(slots: slots, days: days, people: index.people.count, endDay: index.endDay)
        var count = GroupTally()
        var baseline = [GroupTally](repeating: GroupTally(), count: NDTItem.allCases.count)
        var followUp = baseline
        var baselineTotal = GroupTally()
        var followUpTotal = GroupTally()
        for pair in pairs {
            let groups = index.groups[pair.slot]
            count.add(to: groups)
            for position in 0..<NDTItem.allCases.count {
                let before = assessments[pair.baseline].weightedScore(at: position)
                let after = assessments[pair.followUp].weightedScore(at: position)
                baseline[position].add(before, to: groups)
                followUp[position].add(after, to: groups)
                baselineTotal.add(before, to: groups)
                followUpTotal.add(after, to: groups)
            }
        }
        builder.counts("ndt.pairs", count)
        for (position, item) in NDTItem.allCases.enumerated() {
            builder.ratios(
                "ndt.reduction.\(item.rawValue)", baseline[position].minus(followUp[position]), over: baseline[position],
                as: .percentage)
        }
        builder.ratios("ndt.reduction.total", baselineTotal.minus(followUpTotal), over: baselineTotal, as: .percentage)
    }
}
