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
        names += ["caseload.waited_over_14_days", "accommodation.mean_nights.in_accommodation.q1"]
        names += ["accommodation.mean_nights.in_accommodation.q4", "accommodation.mean_nights_change.in_accommodation"]
        names += ["accommodation.people.temporary.q1", "accommodation.people.temporary.q4"]
        names += ["tenancy_social", "tenancy_private"].flatMap { type in ["q1", "q4"].map { "accommodation.people.\(type).\($0)" } }
        names += ["responses", "told_story_more_than_once", "turned_away", "progress_on_priority"].map { "survey.\($0)" }
        names += ["voice_heard", "in_control", "intake_satisfied"].map { "survey.\($0)" }
        names += [1, 2, 4, 6].map { "accommodation.stable.q\($0)" }
        for area in StarArea.allCases {
            names += ["increased", "stable", "decreased", "mean_change", "stage_up", "increased_or_stable"].map {
                "star.\($0).\(area.rawValue)"
            }
        }
        names += NDTItem.allCases.map { "ndt.reduction.\($0.rawValue)" }
        for setting in AccommodationSetting.allCases {
            names += ["q1", "q4"].map { "accommodation.mean_nights.\(setting.rawValue).\($0)" }
            names += ["q1", "q4"].map { "accommodation.people.\(setting.rawValue).\($0)" }
            names.append("accommodation.mean_nights_change.\(setting.rawValue)")
        }
        for kind in ServiceUseKind.allCases {
            names += ["service_use.mean.\(kind.rawValue).baseline", "service_use.mean.\(kind.rawValue).q4"]
            names.append("service_use.reduction.\(kind.rawValue)")
            for window in ["q0_q4", "q0_q8", "q1_q4"] {
                names += ["mean_from", "mean_to", "reduction"].map { "service_use.\(window).\($0).\(kind.rawValue)" }
            }
        }
        names += ["q0_q4", "q0_q8", "q1_q4"].map { "service_use.\($0).people" }
        return Set(names)
    }()

    @Test func hasARowForEveryMetricAndGroup() {
        let barriers: Set = [
            "barriers.raised_in_quarter", "barriers.open", "barriers.resolved_within_90_days", "barriers.with_action_plan",
            "training.trusted_persons_trained",
        ]
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
        #expect(rows.last.map { "\($0.metric) \($0.group.slug)" } == "training.trusted_persons_trained all")
    }

    @Test func countsZeroAndLeavesRatiosEmptyForAnEmptyCohort() {
        for row in Self.report.rows {
            if case .count = row.value {
                #expect(row.value == .count(0) && (row.denominator ?? 0) == 0, "\(row.metric)")
            } else {
                #expect(row.value == .empty && row.denominator == 0, "\(row.metric)")
            }
        }
    }
}
