import Domain
import TemplateEngine

/// The manager's network page by quarter: a chart (the report's `ComparisonBarChart`, one row
/// per quarter) with its table beside it, for the people, the network's growth, organisations
/// and training, and barriers. Counts and shares only: no names.
struct NetworkTrendsView {
    let figures: [NetworkQuarterFigures]

    /// Every chart, in the order the page shows them.
    var charts: [ReportCharts.Chart] { [people, growth, organisations, training, barriers] }

    private var labels: [String] { figures.map { $0.quarter.title } }

    var people: ReportCharts.Chart {
        chart(
            id: "trend-people", heading: "People supported, open and connected",
            explanation: "At each quarter's end: people supported so far, those open, those with a trusted person (an active link that is not interim cover), and those with interim cover only.",
            series: [("Open", figures.map { Double($0.people.open) }), ("Connected to a trusted person", figures.map { Double($0.people.connected) })],
            unit: "",
            headers: ["Quarter", "Supported to date", "Open", "Connected", "Interim only", "Links per person"],
            cells: { [String($0.people.supported), String($0.people.open), String($0.people.connected), String($0.people.interimOnly),
                      $0.linksPerPerson.map(ChartFormat.number) ?? "–"] })
    }

    var growth: ReportCharts.Chart {
        chart(
            id: "trend-growth", heading: "New trusted persons and handovers",
            explanation: "In each quarter: trusted persons whose first link with someone started, and links that ended in a planned handover.",
            series: [("New trusted persons", figures.map { Double($0.newTrustedPersons) }), ("Handovers", figures.map { Double($0.handovers) })],
            unit: "", headers: ["Quarter", "New trusted persons", "Handovers"],
            cells: { [String($0.newTrustedPersons), String($0.handovers)] })
    }

    var organisations: ReportCharts.Chart {
        chart(
            id: "trend-organisations", heading: "Partner organisations with a champion and a current pledge",
            explanation: "At each quarter's end: partner organisations, those with a champion's account, and those whose champions' pledge was signed and not yet due for renewal.",
            series: [("With a champion", figures.map { Double($0.withChampion) }), ("With a current pledge", figures.map { Double($0.withCurrentPledge) })],
            unit: "",
            headers: ["Quarter", "Organisations", "With a champion", "Without", "With a current pledge", "Without"],
            cells: { [String($0.organisations), String($0.withChampion), String($0.organisations - $0.withChampion),
                      String($0.withCurrentPledge), String($0.organisations - $0.withCurrentPledge)] })
    }

    var training: ReportCharts.Chart {
        chart(
            id: "trend-training", heading: "Training coverage",
            explanation: "At each quarter's end: the share of active trusted persons (people with a link active that day) who had attended trauma-informed practice, as in the quarterly report.",
            series: [("Trained", figures.map { $0.training.percentage.map(Double.init) })], unit: "%",
            headers: ["Quarter", "Active trusted persons", "Trained", "Coverage"],
            cells: { [String($0.training.active), String($0.training.trained), $0.training.percentage.map { "\($0)%" } ?? "–"] },
            scale: 100)
    }

    var barriers: ReportCharts.Chart {
        chart(
            id: "trend-barriers", heading: "System barriers",
            explanation: "Barriers raised in each quarter; at its end, those open and how many of them had an action plan; and of the barriers raised at least 90 days before, how many were resolved within 90 days.",
            series: [("Raised", figures.map { Double($0.barriersRaised) }), ("Open with an action plan", figures.map { Double($0.barriersWithActionPlan) })],
            unit: "",
            headers: ["Quarter", "Raised", "Open", "With an action plan", "Resolved within 90 days"],
            cells: { [String($0.barriersRaised), String($0.barriersOpen), String($0.barriersWithActionPlan),
                      "\($0.barriersResolvedInTime) of \($0.barriersDue)"] })
    }

    private func chart(
        id: String, heading: String, explanation: String, series: [(String, [Double?])], unit: String, headers: [String],
        cells: (NetworkQuarterFigures) -> [String], scale: Double? = nil
    ) -> ReportCharts.Chart {
        let largest = series.flatMap { $0.1.compactMap { $0 } }.max() ?? 0
        let bars = ComparisonBarChart(
            id: id, title: heading, categories: labels, series: series.map { .init(name: $0.0, values: $0.1) },
            scaleMaximum: scale ?? max(1, largest), unit: unit)
        return ReportCharts.Chart(
            id: id, heading: heading, explanation: explanation, svg: bars.svg(), tableHeaders: headers,
            tableRows: figures.map { [$0.quarter.title] + cells($0) })
    }
}
