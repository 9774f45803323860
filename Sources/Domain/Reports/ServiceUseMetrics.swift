/// The `service_use.*` metrics (REPORTS.md, "Metrics", and the outcomes framework's windows).
///
/// The original metrics compare quarter 0 (the three months before support) with quarter 4:
/// `mean.KIND.baseline` / `.q4` and `reduction.KIND`. Each window W (`q0_q4`, `q0_q8`, `q1_q4`)
/// compares its two quarters the same way, as `W.people`, `W.mean_from.KIND`, `W.mean_to.KIND`
/// and `W.reduction.KIND`. Only people with records for both quarters count, the later quarter
/// having ended on or before E. A reduction is (Σ first − Σ second) ÷ Σ first × 100, which over
/// the same people equals the reduction in the means; it is empty when Σ first is 0, and
/// suppressing Σ second (the numerator of the second mean) suppresses it too.
enum ServiceUseMetrics {
    /// One comparison of two support quarters.
    struct Window {
        let name: String
        let first: Int
        let last: Int
    }

    /// The outcomes framework's windows.
    static let windows = [
        Window(name: "q0_q4", first: 0, last: 4), Window(name: "q0_q8", first: 0, last: 8),
        Window(name: "q1_q4", first: 1, last: 4),
    ]

    /// Every support quarter a service-use metric reads: the original 0 and 4, and each window's.
    static let quartersRead = Set([0, 4] + windows.flatMap { [$0.first, $0.last] }).sorted()

    /// The people and sums of one window.
    private struct Sums {
        var people = GroupTally()
        var first = [GroupTally](repeating: GroupTally(), count: ServiceUseKind.allCases.count)
        var last = [GroupTally](repeating: GroupTally(), count: ServiceUseKind.allCases.count)
    }

    static func add(to builder: inout RowBuilder, index: ReportIndex, records: [ReportServiceUse]) {
        let original = sums(first: 0, last: 4, index: index, records: records)
        for (position, kind) in ServiceUseKind.allCases.enumerated() {
            builder.ratios("service_use.mean.\(kind.rawValue).baseline", original.first[position], over: original.people, as: .mean)
            builder.ratios("service_use.mean.\(kind.rawValue).q4", original.last[position], over: original.people, as: .mean)
            builder.ratios(
                "service_use.reduction.\(kind.rawValue)", original.first[position].minus(original.last[position]),
                over: original.first[position], as: .percentage, from: [original.last[position]])
        }
        for window in windows {
            let sums = sums(first: window.first, last: window.last, index: index, records: records)
            let prefix = "service_use.\(window.name)"
            builder.counts("\(prefix).people", sums.people)
            for (position, kind) in ServiceUseKind.allCases.enumerated() {
                builder.ratios("\(prefix).mean_from.\(kind.rawValue)", sums.first[position], over: sums.people, as: .mean)
                builder.ratios("\(prefix).mean_to.\(kind.rawValue)", sums.last[position], over: sums.people, as: .mean)
                builder.ratios(
                    "\(prefix).reduction.\(kind.rawValue)", sums.first[position].minus(sums.last[position]),
                    over: sums.first[position], as: .percentage, from: [sums.last[position]])
            }
        }
    }

    /// The people with records for quarters `first` and `last`, and their sums per kind.
    private static func sums(first: Int, last: Int, index: ReportIndex, records: [ReportServiceUse]) -> Sums {
        let pairs = QuarterRecordPairing.pairs(
            slots: records.map { index.slot($0.personID) }, quarters: records.map(\.quarter), first: first, last: last, index: index)
        var sums = Sums()
        for pair in pairs {
            let groups = index.groups[pair.slot]
            sums.people.add(to: groups)
            for position in 0..<ServiceUseKind.allCases.count {
                sums.first[position].add(records[pair.first].counts.value(at: position), to: groups)
                sums.last[position].add(records[pair.last].counts.value(at: position), to: groups)
            }
        }
        return sums
    }
}
