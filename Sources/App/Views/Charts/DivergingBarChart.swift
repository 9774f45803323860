/// Horizontal bars either side of a zero line, one or two series per category: the report's
/// "change in average nights spent in each accommodation type" (more nights to the right, fewer
/// to the left) and the reduction in unplanned service use. As in `ComparisonBarChart`, the
/// second series is hatched so the chart reads in black and white, every bar carries its signed
/// value as text, and a missing value says "no data".
struct DivergingBarChart: Sendable {
    let id: String
    let title: String
    let categories: [String]
    let series: [ComparisonBarChart.Series]
    let unit: String
    /// What the left and right of the zero line mean ("fewer nights", "more nights").
    let leftMeaning: String
    let rightMeaning: String
    /// Whether positive values are written with "+" (a change, where the sign is the news), or
    /// plainly (a reduction, already named by the side it is on).
    var showsPlus = true

    /// Narrow enough to stay legible on a phone: each category's name sits above its bars.
    private static let width = 480.0
    /// Room either side of the plot for the value written beyond the longest bars.
    private static let margin = 60.0
    private static let labelHeight = 20.0
    private static let rowGap = 12.0
    private static let barHeight = 18.0
    private static let top = 56.0
    private static let fills = ChartLegend.seriesFills

    /// The largest distance from zero the scale shows: the largest value, rounded up to 1, 2 or
    /// 5 times a power of ten, so the ends of the axis are round numbers.
    var scale: Double {
        let largest = series.flatMap(\.values).compactMap { $0.map(abs) }.max() ?? 0
        guard largest > 0 else { return 1 }
        var power = 1.0
        while power * 10 <= largest { power *= 10 }
        while power > largest { power /= 10 }
        return [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= largest } ?? largest
    }

    func svg() -> String {
        let rowHeight = Self.labelHeight + Double(series.count) * Self.barHeight + Self.rowGap
        let bottom = Self.top + Double(categories.count) * rowHeight
        let height = bottom + 24
        let zero = Self.width / 2
        let half = zero - Self.margin
        let scale = scale
        return ChartMarkup.document(
            id: id, width: Self.width, height: height, title: title, description: description,
            fills: Array(Self.fills.prefix(series.count))
        ) { svg in
            ChartLegend.draw(series.map(\.name), fills: Self.fills, idPrefix: id, into: &svg)
            svg.label("← " + leftMeaning, x: zero - 6, y: 44, anchor: "end", fill: ChartTheme.mutedInk)
            svg.label(rightMeaning + " →", x: zero + 6, y: 44, fill: ChartTheme.mutedInk)
            for (row, category) in categories.enumerated() {
                let top = Self.top + Double(row) * rowHeight
                if row % 2 == 1 {
                    svg.rect(x: 0, y: top - Self.rowGap / 2, width: Self.width, height: rowHeight, [("fill", ChartTheme.band)])
                }
                svg.label(category, x: 0, y: top + 15, weight: "600")
                for (index, item) in series.enumerated() {
                    let y = top + Self.labelHeight + Double(index) * Self.barHeight
                    guard let value = item.values[row] else {
                        svg.label("no data", x: zero + 6, y: y + 13, size: ChartTheme.smallFontSize, fill: ChartTheme.mutedInk)
                        continue
                    }
                    let length = min(abs(value), scale) / scale * half
                    let x = value < 0 ? zero - length : zero
                    svg.rect(x: x, y: y, width: max(length, 1), height: Self.barHeight - 3,
                             [("fill", Self.fills[index].reference(idPrefix: id)), ("stroke", ChartTheme.ink), ("stroke-width", "0.5")])
                    let text = format(value) + unit
                    if value < 0 {
                        svg.label(text, x: x - 5, y: y + 13, anchor: "end")
                    } else {
                        svg.label(text, x: zero + length + 5, y: y + 13)
                    }
                }
            }
            svg.line(x1: zero, y1: Self.top - 4, x2: zero, y2: bottom, [("stroke", ChartTheme.ink)])
            svg.line(x1: Self.margin, y1: bottom, x2: Self.width - Self.margin, y2: bottom, [("stroke", ChartTheme.grid)])
            for (x, value, anchor) in [(Self.margin, -scale, "start"), (zero, 0, "middle"), (Self.width - Self.margin, scale, "end")] {
                svg.label(format(value) + unit, x: x, y: bottom + 18, size: ChartTheme.smallFontSize, anchor: anchor, fill: ChartTheme.mutedInk)
            }
        }
    }

    var description: String {
        let parts = categories.enumerated().map { row, category in
            category + ": "
                + series.map { "\($0.name) " + ($0.values[row].map { format($0) + unit } ?? "no data") }.joined(separator: ", ")
        }
        return title + ". " + parts.joined(separator: "; ") + "."
    }

    /// "+3.5", "-2", "0" when `showsPlus`, otherwise "3.5".
    func format(_ value: Double) -> String {
        let text = ChartFormat.number(value)
        return showsPlus && value > 0 && text != "0" ? "+" + text : text
    }
}
