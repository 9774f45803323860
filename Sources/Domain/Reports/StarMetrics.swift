/// The `star.*` metrics over people with a Homelessness Star 3.1 baseline and follow-up
/// (REPORTS.md, "Metrics", and `star.increased_or_stable` from its outcomes framework); readings
/// of any other Star version are never paired.
enum StarMetrics {
    /// Tallies for one area.
    private struct AreaTallies {
        var increased = GroupTally()
        var stable = GroupTally()
        var decreased = GroupTally()
        var increasedOrStable = GroupTally()
        var change = GroupTally()
        var stageUp = GroupTally()
    }

    static func add(to builder: inout RowBuilder, index: ReportIndex, readings: [ReportStar]) {
        let slots = readings.map { reading in
            reading.version == StarReading.currentVersion ? index.slot(reading.personID) : nil
        }
        let days = readings.map(\.assessedOn.dayNumber)
        let pairs = AssessmentPairing.pairs(slots: slots, days: days, people: index.people.count, endDay: index.endDay)
        var count = GroupTally()
        var areas = [AreaTallies](repeating: AreaTallies(), count: StarArea.allCases.count)
        for pair in pairs {
            let groups = index.groups[pair.slot]
            let baseline = readings[pair.baseline]
            let followUp = readings[pair.followUp]
            count.add(to: groups)
            for position in 0..<StarArea.allCases.count {
                let before = baseline.scores.value(at: position)
                let after = followUp.scores.value(at: position)
                if after > before { areas[position].increased.add(to: groups) }
                if after == before { areas[position].stable.add(to: groups) }
                if after < before { areas[position].decreased.add(to: groups) }
                if after >= before { areas[position].increasedOrStable.add(to: groups) }
                areas[position].change.add(after - before, to: groups)
                if stage(after) > stage(before) { areas[position].stageUp.add(to: groups) }
            }
        }
        builder.counts("star.pairs", count)
        for (position, area) in StarArea.allCases.enumerated() {
            let tallies = areas[position]
            let slug = area.rawValue
            builder.ratios("star.increased.\(slug)", tallies.increased, over: count, as: .percentage)
            builder.ratios("star.stable.\(slug)", tallies.stable, over: count, as: .percentage)
            builder.ratios("star.decreased.\(slug)", tallies.decreased, over: count, as: .percentage)
            builder.ratios("star.increased_or_stable.\(slug)", tallies.increasedOrStable, over: count, as: .percentage)
            builder.ratios("star.mean_change.\(slug)", tallies.change, over: count, as: .mean)
            builder.ratios("star.stage_up.\(slug)", tallies.stageUp, over: count, as: .percentage)
        }
    }

    private static func stage(_ score: Int) -> JourneyStage {
        JourneyStage(score: score) ?? .stuck
    }
}
