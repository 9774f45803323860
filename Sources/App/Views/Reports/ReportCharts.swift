import Domain
import TemplateEngine

/// The report's charts, each comparing Cambridgeshire with Peterborough (as the impact report
/// does throughout), with a sentence saying what it measures and over which people, the SVG
/// (its own title and description), and the same figures as a table.
struct ReportCharts {
    /// One chart with its words and table.
    struct Chart {
        let id: String
        let heading: String
        let explanation: String
        let svg: String
        let tableHeaders: [String]
        let tableRows: [[String]]
        var note: String?

        var templateValue: TemplateValue {
            [
                "id": .string(id), "heading": .string(heading), "explanation": .string(explanation), "svg": .trustedHTML(svg),
                "tableHeaders": .array(tableHeaders.map { .string($0) }),
                "tableRows": .array(tableRows.map { row in
                    ["label": .string(row[0]), "cells": .array(zip(tableHeaders.dropFirst(), row.dropFirst()).map { header, cell in
                        ["label": .string(header), "value": .string(cell)]
                    })]
                }),
                "note": TemplateValue(note),
            ]
        }
    }

    let figures: ReportFigures
    private var counties: [ReportGroup] { ReportFigures.counties }

    /// Every chart, in the order the page shows them.
    var all: [Chart] {
        [star(increased: true), star(increased: false), ndt, roughSleeping, nightsChange, stable, serviceUse, voice]
    }

    func star(increased: Bool) -> Chart {
        let metric = increased ? "star.increased" : "star.increased_or_stable"
        let what = increased ? "higher" : "higher or the same"
        return bars(
            id: increased ? "report-star" : "report-star-stable",
            heading: increased ? "Outcomes Star: whose capability increased" : "Outcomes Star: whose capability increased or held steady",
            explanation: "The share of people whose Homelessness Star score in each area was \(what) at their follow-up than at "
                + "their baseline. Over people with a Star baseline and a follow-up 9 to 15 months later: "
                + figures.peopleInCounties("star.pairs") + ".",
            title: "Share of people whose Star score was \(what) at follow-up, by area: Cambridgeshire beside Peterborough",
            rows: StarArea.allCases.map { ($0.shortTitle, "\(metric).\($0.rawValue)") }, column: "Area")
    }

    var ndt: Chart {
        var chart = bars(
            id: "report-ndt", heading: "NDT Assessment: reduction by item",
            explanation: "How far the NDT weighted scores fell from baseline to follow-up, as a percentage of the baseline "
                + "(higher is better: fewer indicators of multiple disadvantage). Over people with an NDT baseline and a "
                + "follow-up 9 to 15 months later: " + figures.peopleInCounties("ndt.pairs") + ".",
            title: "NDT reduction by item: Cambridgeshire beside Peterborough",
            rows: NDTItem.allCases.map { ($0.title, "ndt.reduction.\($0.rawValue)") } + [("Weighted total", "ndt.reduction.total")],
            column: "Item")
        chart.note = "NDT Assessment © South West London and St George's Mental Health NHS Trust. "
            + "The Outcomes Star is used under each organisation's own licence."
        return chart
    }

    var roughSleeping: Chart {
        bars(
            id: "report-rough", heading: "Rough sleeping",
            explanation: "The share of people who slept rough at least one night in their first and in their fourth quarter "
                + "of support. Over people with accommodation records for both quarters whose fourth quarter has ended: "
                + figures.peopleInCounties("accommodation.rough_sleeping_share.q1") + ".",
            title: "Share of people sleeping rough in the first and fourth quarters of support: Cambridgeshire beside Peterborough",
            rows: [("Quarter 1", "accommodation.rough_sleeping_share.q1"), ("Quarter 4", "accommodation.rough_sleeping_share.q4")],
            column: "Quarter of support")
    }

    var nightsChange: Chart {
        var settings = AccommodationSetting.allCases.map { ($0.title, $0.rawValue) }
        settings.append(("In any accommodation", "in_accommodation"))
        let rows = settings.map { title, slug in (title, "accommodation.mean_nights_change.\(slug)") }
        let title = "Change in average nights spent in each accommodation type, quarter 1 to quarter 4: Cambridgeshire beside Peterborough"
        let chart = DivergingBarChart(
            id: "report-nights", title: title, categories: rows.map(\.0),
            series: counties.map { county in .init(name: county.title, values: rows.map { figures.number($0.1, county) }) },
            unit: "", leftMeaning: "fewer nights", rightMeaning: "more nights")
        return Chart(
            id: "report-nights", heading: "Change in average nights spent in each accommodation type",
            explanation: "For each type of accommodation, the average number of nights people spent there in their fourth quarter "
                + "of support minus the average in their first (to the right: more nights; to the left: fewer). \"In any "
                + "accommodation\" is every type except sleeping rough, prison and hospital. Over people with accommodation "
                + "records for both quarters whose fourth quarter has ended: "
                + figures.peopleInCounties("accommodation.mean_nights_change.in_accommodation") + ".",
            svg: chart.svg(), tableHeaders: ["Accommodation type"] + counties.map(\.title),
            tableRows: rows.map { title, metric in [title] + counties.map { figures.cell(metric, $0) } })
    }

    var stable: Chart {
        let points = AccommodationStability.quarters.map { quarter in ("\(quarter * 3) months", "accommodation.stable.q\(quarter)") }
        return bars(
            id: "report-stable", heading: "Stable accommodation after support began",
            explanation: "The share of people who spent at least 46 nights of the quarter in their own tenancy, in supported "
                + "accommodation or with family or friends, in the quarter ending 3, 6, 12 and 18 months after support began. "
                + "Each bar is over the people whose quarter has ended and who have an accommodation record for it; the table "
                + "gives how many.",
            title: "Share of people in stable accommodation 3, 6, 12 and 18 months after support began: Cambridgeshire beside Peterborough",
            rows: points, column: "After")
    }

    var serviceUse: Chart {
        let rows = ServiceUseKind.allCases.map { ($0.title, "service_use.reduction.\($0.rawValue)") }
        let title = "Reduction in unplanned service use, before support to the fourth quarter: Cambridgeshire beside Peterborough"
        let chart = DivergingBarChart(
            id: "report-service", title: title, categories: rows.map(\.0),
            series: counties.map { county in .init(name: county.title, values: rows.map { figures.number($0.1, county) }) },
            unit: "%", leftMeaning: "more use", rightMeaning: "less use", showsPlus: false)
        return Chart(
            id: "report-service", heading: "Unplanned service use",
            explanation: "How far each kind of unplanned service use fell from the three months before support to the fourth "
                + "quarter of support, as a percentage of the count before support (to the right: less use; to the left: more). "
                + "Over people with service-use records for both quarters whose fourth quarter has ended: "
                + figures.peopleInCounties("service_use.q0_q4.people") + ".",
            svg: chart.svg(), tableHeaders: ["Kind"] + counties.map(\.title),
            tableRows: rows.map { title, metric in [title] + counties.map { figures.cell(metric, $0) } })
    }

    /// A bar chart of percentages with one row per (label, metric), a bar per county.
    func bars(id: String, heading: String, explanation: String, title: String, rows: [(String, String)], column: String) -> Chart {
        let chart = ComparisonBarChart(
            id: id, title: title, categories: rows.map(\.0),
            series: counties.map { county in .init(name: county.title, values: rows.map { figures.number($0.1, county) }) },
            scaleMaximum: 100, unit: "%")
        return Chart(
            id: id, heading: heading, explanation: explanation, svg: chart.svg(),
            tableHeaders: [column] + counties.map(\.title),
            tableRows: rows.map { label, metric in [label] + counties.map { figures.cell(metric, $0) } })
    }
}
