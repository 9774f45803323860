import Domain

/// The latest NDT assessment's weighted item scores beside the baseline's, as paired
/// horizontal bars: the baseline hatched, the latest solid, each against the item's maximum.
public struct NDTItemsChart: Sendable {
    /// The earliest assessment, when there is more than one.
    public let baseline: NDTAssessment?
    /// The most recent assessment.
    public let latest: NDTAssessment?
    /// Prefixes every id in the picture, so several charts can share a page.
    public let id: String

    /// Compares the earliest and the latest of `assessments`.
    public init(assessments: [NDTAssessment], id: String = "ndt-items") {
        let sorted = assessments.sorted { $0.assessedOn < $1.assessedOn }
        baseline = sorted.count > 1 ? sorted.first : nil
        latest = sorted.last
        self.id = id
    }

    static let width = 420.0
    static let top = 56.0
    static let rowHeight = 56.0
    static let barLeft = 8.0
    static let unit = 40.0
    static let barHeight = 13.0
    static let baselineFill = ChartFill(key: "baseline", color: ChartTheme.baseline, pattern: .diagonal)

    /// The complete `<svg>` element.
    public func svg() -> String {
        let height = Self.top + Double(NDTItem.allCases.count) * Self.rowHeight
        return ChartMarkup.document(
            id: id, width: Self.width, height: height, title: "NDT items, latest beside baseline", description: description,
            fills: [Self.baselineFill]
        ) { svg in
            drawLegend(&svg)
            for (row, item) in NDTItem.allCases.enumerated() {
                drawItem(item, top: Self.top + Double(row) * Self.rowHeight, &svg)
            }
        }
    }

    private func drawLegend(_ svg: inout ChartMarkup) {
        guard let latest else {
            svg.label("No NDT assessments yet", x: Self.barLeft, y: 24)
            return
        }
        var x = Self.barLeft
        if let baseline {
            svg.rect(
                x: x, y: 10, width: 22, height: 14,
                [("fill", Self.baselineFill.reference(idPrefix: id)), ("stroke", ChartTheme.baseline)])
            svg.label("Baseline, \(baseline.assessedOn.display)", x: x + 30, y: 22)
            x += 212
        }
        svg.rect(x: x, y: 10, width: 22, height: 14, [("fill", ChartTheme.latest)])
        svg.label("\(baseline == nil ? "Only assessment" : "Latest"), \(latest.assessedOn.display)", x: x + 30, y: 22)
        svg.label(
            "Weighted scores: shorter bars mean less concern", x: Self.barLeft, y: 44,
            size: ChartTheme.smallFontSize, fill: ChartTheme.mutedInk)
    }

    private func drawItem(_ item: NDTItem, top: Double, _ svg: inout ChartMarkup) {
        let title = item.weight == 2 ? "\(item.title) (counts double)" : item.title
        svg.label(title, x: Self.barLeft, y: top + 12, weight: "600")
        let trackWidth = Double(item.maxWeighted) * Self.unit
        var series: [(String, Int, String, [(String, String)])] = []
        if let baseline {
            series.append(
                (
                    "ndt-baseline", baseline.weightedScore(item), "baseline",
                    [("fill", Self.baselineFill.reference(idPrefix: id)), ("stroke", ChartTheme.baseline)]
                ))
        }
        if let latest {
            series.append(("ndt-latest", latest.weightedScore(item), "latest", [("fill", ChartTheme.latest)]))
        }
        for (index, entry) in series.enumerated() {
            let y = top + 20 + Double(index) * (Self.barHeight + 3)
            svg.rect(
                x: Self.barLeft, y: y, width: trackWidth, height: Self.barHeight,
                [("fill", ChartTheme.band), ("stroke", ChartTheme.grid)])
            let width = Double(entry.1) * Self.unit
            if width > 0 {
                svg.rect(x: Self.barLeft, y: y, width: width, height: Self.barHeight, [("class", entry.0)] + entry.3)
            }
            svg.label(
                "\(entry.1) of \(item.maxWeighted)", x: Self.barLeft + trackWidth + 6, y: y + 11,
                size: ChartTheme.smallFontSize, fill: ChartTheme.mutedInk)
        }
    }

    /// The item scores in words.
    var description: String {
        guard let latest else { return "No NDT assessments have been recorded yet." }
        guard let baseline else {
            let scores = NDTItem.allCases.map { "\($0.name) \(latest.weightedScore($0)) of \($0.maxWeighted)" }
            return "Weighted item scores on \(latest.assessedOn.display): \(ChartFormat.list(scores))."
        }
        let changed = NDTItem.allCases.compactMap { item -> String? in
            let before = baseline.weightedScore(item)
            let after = latest.weightedScore(item)
            return before == after ? nil : "\(item.name) from \(before) to \(after) of \(item.maxWeighted)"
        }
        let summary =
            "Weighted item scores at the baseline on \(baseline.assessedOn.display) and the latest assessment on "
            + "\(latest.assessedOn.display); lower means less concern."
        return changed.isEmpty ? "\(summary) No item changed." : "\(summary) Changes: \(ChartFormat.list(changed))."
    }

    /// One row per item: baseline and latest weighted scores, and the item's maximum.
    public func dataTable() -> (headers: [String], rows: [[String]]) {
        var headers = ["Item"]
        if let baseline { headers.append("Baseline, \(baseline.assessedOn.display)") }
        if let latest { headers.append("\(baseline == nil ? "Assessment" : "Latest"), \(latest.assessedOn.display)") }
        headers.append("Maximum")
        let rows = NDTItem.allCases.map { item in
            [item.title] + [baseline, latest].compactMap { $0.map { String($0.weightedScore(item)) } } + [
                String(item.maxWeighted)
            ]
        }
        return (headers, rows)
    }
}
