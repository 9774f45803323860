/// Collects report rows, one per group for each metric.
struct RowBuilder {
    private(set) var rows: [ReportRow] = []

    /// A count row for every group.
    mutating func counts(_ metric: String, _ tally: GroupTally) {
        for group in ReportGroup.allCases {
            rows.append(.count(metric, group: group, tally[group.ordinal]))
        }
    }

    /// A count row for every group, with the count as numerator over `denominator`.
    mutating func counts(_ metric: String, _ tally: GroupTally, outOf denominator: GroupTally) {
        for group in ReportGroup.allCases {
            rows.append(.count(metric, group: group, tally[group.ordinal], outOf: denominator[group.ordinal]))
        }
    }

    /// A ratio row for every group; `sources` are other reported tallies the numerator was computed from.
    mutating func ratios(
        _ metric: String, _ numerator: GroupTally, over denominator: GroupTally, as kind: ReportRow.RatioKind,
        from sources: [GroupTally] = []
    ) {
        for group in ReportGroup.allCases {
            let position = group.ordinal
            var row = ReportRow.ratio(
                metric, group: group, numerator: numerator[position], denominator: denominator[position], as: kind)
            row.sources = sources.map { $0[position] }
            rows.append(row)
        }
    }

    /// A row for one group only (the barriers, reported for `all`).
    mutating func append(_ row: ReportRow) {
        rows.append(row)
    }
}
