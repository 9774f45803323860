import Domain
import TemplateEngine

/// The quarterly report as template values: headline figures, the charts like the
/// evaluation's, section tables, and every row. Built from the same `QuarterlyReport` as the
/// CSV, so the page and the export always agree.
enum ReportView {
    static let groups: [ReportGroup] = [.all, .cambridgeshire, .peterborough]

    static func values(_ report: QuarterlyReport, suppressBelow: Int?) -> [String: TemplateValue] {
        func text(_ metric: String, _ group: ReportGroup = .all) -> String {
            report.row(metric, group: group).map { row in row.value.isEmpty ? "–" : row.value.text } ?? "–"
        }
        func number(_ metric: String, _ group: ReportGroup = .all) -> Double? {
            guard let row = report.row(metric, group: group), !row.value.isEmpty else { return nil }
            return Double(row.value.text)
        }
        let headline: [(String, String)] = [
            ("People supported to date", "caseload.supported_to_date"), ("Open at quarter end", "caseload.open"),
            ("New this quarter", "caseload.new_in_quarter"), ("Closed this quarter", "caseload.closed_in_quarter"),
            ("Open people connected to a trusted person (%)", "network.connected"), ("Interim cover only", "network.interim_only"),
            ("Mean circle size", "network.mean_size"), ("Handovers this quarter", "network.handovers_in_quarter"),
            ("Star pairs (12 months)", "star.pairs"), ("NDT pairs (12 months)", "ndt.pairs"),
            ("NDT reduction, weighted total (%)", "ndt.reduction.total"),
            ("Barriers raised this quarter", "barriers.raised_in_quarter"), ("Barriers open", "barriers.open"),
        ]
        let starChart = ComparisonBarChart(
            id: "report-star", title: "Share of people whose Star score increased, by area",
            categories: StarArea.allCases.map(\.shortTitle),
            series: [.init(name: "All", values: StarArea.allCases.map { number("star.increased.\($0.rawValue)") })],
            scaleMaximum: 100, unit: "%")
        let ndtChart = ComparisonBarChart(
            id: "report-ndt", title: "NDT reduction by item: Cambridgeshire beside Peterborough",
            categories: NDTItem.allCases.map(\.title) + ["Weighted total"],
            series: [ReportGroup.cambridgeshire, .peterborough].map { group in
                .init(name: group.title, values: (NDTItem.allCases.map(\.rawValue) + ["total"]).map { number("ndt.reduction.\($0)", group) })
            },
            scaleMaximum: 100, unit: "%")
        let roughChart = ComparisonBarChart(
            id: "report-rough", title: "Sleeping rough in the first and fourth quarters of support",
            categories: groups.map(\.title),
            series: ["q1", "q4"].map { quarter in
                .init(name: quarter == "q1" ? "Quarter 1" : "Quarter 4",
                      values: groups.map { number("accommodation.rough_sleeping_share.\(quarter)", $0) })
            },
            scaleMaximum: 100, unit: "%")
        let serviceChart = ComparisonBarChart(
            id: "report-service", title: "Reduction in unplanned service use, before support to the fourth quarter",
            categories: ServiceUseKind.allCases.map(\.title),
            series: [.init(name: "All", values: ServiceUseKind.allCases.map { number("service_use.reduction.\($0.rawValue)") })],
            scaleMaximum: 100, unit: "%")
        return [
            "quarter": .string(report.quarter.description), "quarterTitle": .string(report.quarter.title),
            "financialYear": .string(report.quarter.financialYearName),
            "suppression": suppressBelow.map { .string("Numbers from 1 to \($0 - 1) are suppressed, with anything worked out from them.") } ?? .null,
            "groupTitles": .array(groups.map { .string($0.title) }),
            "headline": .array(headline.map { title, metric in
                ["title": .string(title), "values": .array(groups.map { .string(text(metric, $0)) })]
            }),
            "starSVG": .trustedHTML(starChart.svg()), "ndtSVG": .trustedHTML(ndtChart.svg()),
            "roughSVG": .trustedHTML(roughChart.svg()), "serviceSVG": .trustedHTML(serviceChart.svg()),
            "rows": .array(report.rows.map { row in
                ["metric": .string(row.metric), "group": .string(row.group.slug), "value": .string(row.value.text),
                 "numerator": .string(row.numerator.map(String.init) ?? ""), "denominator": .string(row.denominator.map(String.init) ?? "")]
            }),
        ]
    }
}
