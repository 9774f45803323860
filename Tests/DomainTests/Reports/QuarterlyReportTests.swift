import Domain
import Testing

@Suite struct QuarterlyReportTests {
    static let report = ReportFixture.report()

    /// Every metric REPORTS.md names, with each area, item, setting and kind.
    static let metrics: Set<String> = {
        var names = [
            "caseload.supported_to_date", "caseload.open", "caseload.closed_to_date", "caseload.new_in_quarter",
            "caseload.closed_in_quarter", "network.connected", "network.interim_only", "network.mean_size",
            "network.handovers_in_quarter", "star.pairs", "ndt.pairs", "ndt.reduction.total",
            "accommodation.rough_sleeping.q1", "accommodation.rough_sleeping.q4", "accommodation.rough_sleeping.change",
            "accommodation.rough_sleeping_share.q1", "accommodation.rough_sleeping_share.q4",
        ]
        for area in StarArea.allCases {
            names += ["increased", "stable", "decreased", "mean_change", "stage_up"].map { "star.\($0).\(area.rawValue)" }
        }
        names += NDTItem.allCases.map { "ndt.reduction.\($0.rawValue)" }
        for setting in AccommodationSetting.allCases {
            names += ["q1", "q4"].map { "accommodation.mean_nights.\(setting.rawValue).\($0)" }
        }
        for kind in ServiceUseKind.allCases {
            names += ["service_use.mean.\(kind.rawValue).baseline", "service_use.mean.\(kind.rawValue).q4"]
            names.append("service_use.reduction.\(kind.rawValue)")
        }
        return Set(names)
    }()

    @Test func hasARowForEveryMetricAndGroup() {
        let barriers: Set = ["barriers.raised_in_quarter", "barriers.open", "barriers.resolved_within_90_days"]
        #expect(Set(Self.report.rows.map(\.metric)) == Self.metrics.union(barriers))
        #expect(Self.report.rows.count == Self.metrics.count * ReportGroup.allCases.count + barriers.count)
        for metric in Self.metrics {
            #expect(Self.report.rows.filter { $0.metric == metric }.map(\.group) == ReportGroup.allCases)
        }
    }

    @Test func ordersRowsByMetricNameThenGroup() {
        let rows = Self.report.rows
        let keys = rows.map { "\($0.metric) \(ReportGroup.allCases.firstIndex(of: $0.group)!)" }
        #expect(keys == keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(
            rows.first.map { "\($0.metric) \($0.group.slug)" } == "accommodation.mean_nights.bed_and_breakfast_or_hostel.q1 all")
        #expect(rows.last.map { "\($0.metric) \($0.group.slug)" } == "star.stage_up.tenancy south-cambridgeshire")
    }

    @Test func countsZeroAndLeavesRatiosEmptyForAnEmptyCohort() {
        for row in Self.report.rows {
            if row.numerator == nil {
                #expect(row.value == .count(0), "\(row.metric)")
            } else {
                #expect(row.value == .empty && row.denominator == 0, "\(row.metric)")
            }
        }
    }
}
