import Domain
import TemplateEngine

/// The quarterly report as template values: headline figures, the charts comparing the two
/// counties (`ReportCharts`), and every row. Built from the same `QuarterlyReport` as the CSV,
/// so the page and the export always agree.
enum ReportView {
    static let groups: [ReportGroup] = [.all, .cambridgeshire, .peterborough]

    /// The headline table: a title and the metric shown for each group.
    static let headline: [(String, String)] = [
        ("People supported to date", "caseload.supported_to_date"), ("Open at quarter end", "caseload.open"),
        ("New this quarter", "caseload.new_in_quarter"), ("Closed this quarter", "caseload.closed_in_quarter"),
        ("Opened more than 14 days after referral, of those opened this quarter (%)", "caseload.waited_over_14_days"),
        ("Open people connected to a trusted person (%)", "network.connected"), ("Interim cover only", "network.interim_only"),
        ("Mean circle size", "network.mean_size"), ("Handovers this quarter", "network.handovers_in_quarter"),
        ("Star pairs (12 months)", "star.pairs"), ("NDT pairs (12 months)", "ndt.pairs"),
        ("NDT reduction, weighted total (%)", "ndt.reduction.total"),
        ("Barriers raised this quarter", "barriers.raised_in_quarter"), ("Barriers open", "barriers.open"),
        ("Open barriers with an action plan (%)", "barriers.with_action_plan"),
        ("In a social tenancy of their own, quarter 1 of support", "accommodation.people.tenancy_social.q1"),
        ("In a social tenancy of their own, quarter 4 of support", "accommodation.people.tenancy_social.q4"),
        ("In a private tenancy of their own, quarter 1 of support", "accommodation.people.tenancy_private.q1"),
        ("In a private tenancy of their own, quarter 4 of support", "accommodation.people.tenancy_private.q4"),
        ("People answering the experience survey in the last 182 days", "survey.responses"),
        ("Trusted persons trained in trauma-informed practice (%)", "training.trusted_persons_trained"),
    ]

    static func values(_ report: QuarterlyReport, suppressBelow: Int?) -> [String: TemplateValue] {
        let figures = ReportFigures(report: report, suppressBelow: suppressBelow)
        return [
            "quarter": .string(report.quarter.description), "quarterTitle": .string(report.quarter.title),
            "financialYear": .string(report.quarter.financialYearName),
            "suppression": suppressBelow.map { .string("Numbers from 1 to \($0 - 1) are suppressed, with anything worked out from them.") } ?? .null,
            "suppressionSetting": .string(suppressBelow.map { "numbers below \($0) suppressed" } ?? "no numbers suppressed"),
            "groupTitles": .array(groups.map { .string($0.title) }),
            "headline": .array(headline.map { title, metric in
                ["title": .string(title), "values": .array(groups.map { ["label": .string($0.title), "value": .string(figures.text(metric, $0))] })]
            }),
            "charts": .array(ReportCharts(figures: figures).all.map(\.templateValue)),
            "rows": .array(report.rows.map { row in
                ["metric": .string(row.metric), "name": .string(ReportMetricName.readable(row.metric) ?? row.metric),
                 "group": .string(row.group.title), "value": .string(row.value.text),
                 "numerator": .string(row.numerator.map(String.init) ?? ""), "denominator": .string(row.denominator.map(String.init) ?? "")]
            }),
        ]
    }
}
