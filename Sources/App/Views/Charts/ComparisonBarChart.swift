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

    private static let width = 720.0
    private static let labelWidth = 270.0
    private static let rowGap = 10.0
    private static let barHeight = 16.0
    private static let fills = [
        ChartFill(key: "first", color: ChartTheme.latest, pattern: .solid),
        ChartFill(key: "second", color: "#7a3b00", pattern: .diagonal),
    ]

    func svg() -> String {
        let rowHeight = Double(series.count) * Self.barHeight + Self.rowGap
        let height = 40 + Double(categories.count) * rowHeight + 20
        let plotWidth = Self.width - Self.labelWidth - 70
        return ChartMarkup.document(
            id: id, width: Self.width, height: height, title: title, description: description,
            fills: Array(Self.fills.prefix(series.count))
        ) { svg in
            for (index, item) in series.enumerated() {
                let x = Self.labelWidth + Double(index) * 190
                svg.rect(x: x, y: 8, width: 14, height: 14, [("fill", Self.fills[index].reference(idPrefix: id)), ("stroke", ChartTheme.ink)])
                svg.label(item.name, x: x + 20, y: 20, size: ChartTheme.smallFontSize)
            }
            for (row, category) in categories.enumerated() {
                let top = 36 + Double(row) * rowHeight
                svg.label(category, x: Self.labelWidth - 8, y: top + rowHeight / 2, size: ChartTheme.smallFontSize, anchor: "end")
                for (index, item) in series.enumerated() {
                    let y = top + Double(index) * Self.barHeight
                    guard let value = item.values[row] else {
                        svg.label("no data", x: Self.labelWidth + 4, y: y + 12, size: ChartTheme.smallFontSize, fill: ChartTheme.mutedInk)
                        continue
                    }
                    let length = max(0, min(value, scaleMaximum)) / scaleMaximum * plotWidth
                    svg.rect(x: Self.labelWidth, y: y, width: max(length, 1), height: Self.barHeight - 2,
                             [("fill", Self.fills[index].reference(idPrefix: id)), ("stroke", ChartTheme.ink), ("stroke-width", "0.5")])
                    svg.label(ChartFormat.number(value) + unit, x: Self.labelWidth + length + 5, y: y + 12, size: ChartTheme.smallFontSize)
                }
            }
            svg.line(x1: Self.labelWidth, y1: 32, x2: Self.labelWidth, y2: height - 16, [("stroke", ChartTheme.ink)])
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
