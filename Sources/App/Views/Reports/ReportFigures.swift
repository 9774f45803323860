import Domain

/// A report's figures as the page shows them: the text of a value ("–" when empty or missing),
/// the number a chart draws, a table cell with a share's numerator and denominator, and how
/// many people a figure is over, in words. Everything comes from the rows the CSV writes.
struct ReportFigures {
    /// The two county groups, compared side by side in every chart.
    static let counties: [ReportGroup] = [.cambridgeshire, .peterborough]

    let report: QuarterlyReport
    /// The `--suppress-below` threshold, when numbers below it were left out.
    let suppressBelow: Int?

    /// The value as written in the CSV, or "–" when it is empty.
    func text(_ metric: String, _ group: ReportGroup = .all) -> String {
        report.row(metric, group: group).map { $0.value.isEmpty ? "–" : $0.value.text } ?? "–"
    }

    /// The value as a number, or nil when it is empty.
    func number(_ metric: String, _ group: ReportGroup) -> Double? {
        guard let row = report.row(metric, group: group), !row.value.isEmpty else { return nil }
        return Double(row.value.text)
    }

    /// A table cell: the value, and for a percentage its numerator and denominator ("50.0% (1 of 2)").
    func cell(_ metric: String, _ group: ReportGroup, unit: String = "") -> String {
        guard let row = report.row(metric, group: group), !row.value.isEmpty else { return "–" }
        guard case .percentage = row.value, let numerator = row.numerator, let denominator = row.denominator else {
            return row.value.text + unit
        }
        return "\(row.value.text)% (\(numerator) of \(denominator))"
    }

    /// How many people a figure is over: a count row's value, otherwise its denominator; "fewer
    /// than N" when suppressed.
    func people(_ metric: String, _ group: ReportGroup) -> String {
        guard let row = report.row(metric, group: group) else { return "–" }
        if case .count(let count) = row.value { return String(count) }
        if row.numerator == nil && row.denominator == nil, case .empty = row.value { return suppressed }
        return row.denominator.map(String.init) ?? suppressed
    }

    /// "12 people in Cambridgeshire and 5 in Peterborough".
    func peopleInCounties(_ metric: String) -> String {
        let cambridgeshire = people(metric, .cambridgeshire)
        let peterborough = people(metric, .peterborough)
        return "\(cambridgeshire) \(cambridgeshire == "1" ? "person" : "people") in Cambridgeshire and \(peterborough) in Peterborough"
    }

    private var suppressed: String {
        suppressBelow.map { "fewer than \($0)" } ?? "–"
    }
}
