/// The key of a chart with one or two series: a swatch of each series' fill (colour and
/// pattern, so it reads in grey) beside its name, across the top of the picture.
enum ChartLegend {
    /// The fills of a first and second series (Cambridgeshire and Peterborough in the report):
    /// solid dark blue, and brown hatching, which stay apart in grey as well as in colour.
    static let seriesFills = [
        ChartFill(key: "first", color: ChartTheme.latest, pattern: .solid),
        ChartFill(key: "second", color: "#7a3b00", pattern: .diagonal),
    ]

    /// Each item's width: a swatch and a county-length name.
    static let itemWidth = 200.0

    /// Draws the key for `names`, the i-th drawn with `fills[i]`, starting at `x`.
    static func draw(_ names: [String], fills: [ChartFill], idPrefix: String, x: Double = 0, into svg: inout ChartMarkup) {
        svg.element("g", [("class", "chart-legend")]) { legend in
            for (index, name) in names.enumerated() {
                let left = x + Double(index) * itemWidth
                legend.rect(
                    x: left + 1, y: 6, width: 18, height: 16,
                    [("fill", fills[index].reference(idPrefix: idPrefix)), ("stroke", ChartTheme.ink)])
                legend.label(name, x: left + 26, y: 19)
            }
        }
    }
}
