/// The `service_use.*` metrics over people with records for quarter 0 (the three months before
/// support) and quarter 4, quarter 4 having ended on or before E (REPORTS.md, "Metrics").
/// `reduction` is (baseline − q4) ÷ baseline × 100 of the means; over the same people that is
/// the ratio of the sums, which are its numerator (Σ baseline − Σ q4) and denominator (Σ baseline);
/// suppressing Σ q4 (the numerator of the q4 mean) suppresses the reduction too.
enum ServiceUseMetrics {
    static func add(to builder: inout RowBuilder, index: ReportIndex, records: [ReportServiceUse]) {
        let pairs = QuarterRecordPairing.pairs(
            slots: records.map { index.slot($0.personID) }, quarters: records.map(\.quarter), first: 0, last: 4, index: index)
        let kinds = ServiceUseKind.allCases
        var people = GroupTally()
        var baseline = [GroupTally](repeating: GroupTally(), count: kinds.count)
        var last = baseline
        for pair in pairs {
            let groups = index.groups[pair.slot]
            people.add(to: groups)
            for (position, kind) in kinds.enumerated() {
                baseline[position].add(records[pair.first].counts[kind] ?? 0, to: groups)
                last[position].add(records[pair.last].counts[kind] ?? 0, to: groups)
            }
        }
        for (position, kind) in kinds.enumerated() {
            builder.ratios("service_use.mean.\(kind.rawValue).baseline", baseline[position], over: people, as: .mean)
            builder.ratios("service_use.mean.\(kind.rawValue).q4", last[position], over: people, as: .mean)
            builder.ratios(
                "service_use.reduction.\(kind.rawValue)", baseline[position].minus(last[position]), over: baseline[position],
                as: .percentage, from: [last[position]])
        }
    }
}
