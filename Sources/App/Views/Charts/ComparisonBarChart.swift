/// Horizontal bars comparing one or two series per category (the report's charts: share of
/// people whose Star capability increased by area; NDT reduction by item, Cambridgeshire beside
/// Peterborough). The second series is hatched so the chart reads in black and white, every
/// bar carries its value as text, and empty values say "no data" instead of drawing nothing.
struct ComparisonBarChart: Sendable {
    /// One named series of values, one per category (nil where there is no figure).
    struct Series: Sendable {
        let name: String
        let values: [Double?]
    }

    let id: String
    let title: String
    let categories: [String]
    let series: [Series]
    /// The value at the right edge (100 for percentages); negative values are drawn at 0.
    let scaleMaximum: Double
    let unit: String

    /// Narrow enough to stay legible on a phone: each category's name sits above its bars, so
    /// the bars have the whole width.
    private static let width = 480.0
    /// Room right of the longest bar for its value.
    private static let valueRoom = 64.0
    private static let labelHeight = 20.0
    private static let rowGap = 12.0
    private static let barHeight = 18.0
    private static let top = 34.0
    private static let fills = ChartLegend.seriesFills

    func svg() -> String {
        let rowHeight = Self.labelHeight + Double(series.count) * Self.barHeight + Self.rowGap
        let height = Self.top + Double(categories.count) * rowHeight + 4
        let plotWidth = Self.width - Self.valueRoom
        return ChartMarkup.document(
            id: id, width: Self.width, height: height, title: title, description: description,
            fills: Array(Self.fills.prefix(series.count))
        ) { svg in
            ChartLegend.draw(series.map(\.name), fills: Self.fills, idPrefix: id, into: &svg)
            for (row, category) in categories.enumerated() {
                let top = Self.top + Double(row) * rowHeight
                svg.label(category, x: 0, y: top + 15, weight: "600")
                for (index, item) in series.enumerated() {
                    let y = top + Self.labelHeight + Double(index) * Self.barHeight
                    guard let value = item.values[row] else {
                        svg.label("no data", x: 6, y: y + 14, size: ChartTheme.smallFontSize, fill: ChartTheme.mutedInk)
                        continue
                    }
                    let length = max(0, min(value, scaleMaximum)) / scaleMaximum * plotWidth
                    svg.rect(x: 1, y: y, width: max(length, 1), height: Self.barHeight - 3,
                             [("fill", Self.fills[index].reference(idPrefix: id)), ("stroke", ChartTheme.ink), ("stroke-width", "0.5")])
                    svg.label(ChartFormat.number(value) + unit, x: length + 6, y: y + 13)
                }
                svg.line(x1: 0.5, y1: top + Self.labelHeight - 2, x2: 0.5, y2: top + rowHeight - Self.rowGap + 2, [("stroke", ChartTheme.ink)])
            }
        }
    }

    var description: String {
        let parts = categories.enumerated().map { row, category in
            category + ": " + series.map { "\($0.name) " + ($0.values[row].map { ChartFormat.number($0) + unit } ?? "no data") }
                .joined(separator: ", ")
        }
        return title + ". " + parts.joined(separator: "; ") + "."
    }
}
