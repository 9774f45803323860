/// The three ways a Star reading is drawn, named by the class its group carries.
enum StarSeries: String, Sendable {
    /// The most recent reading: solid, lightly filled, round points.
    case latest = "star-latest"
    /// The first reading: dashed, unfilled, square points.
    case baseline = "star-baseline"
    /// Readings in between: faint dotted outlines.
    case earlier = "star-earlier"

    /// Stroke, dash, fill and point marker for this series.
    var style: Style {
        switch self {
        case .latest:
            let line = [("stroke", ChartTheme.latest), ("stroke-width", "3")]
            return Style(
                lineAttributes: line,
                polygonAttributes: line + [("fill", ChartTheme.latest), ("fill-opacity", "0.15"), ("stroke-linejoin", "round")],
                marker: { x, y, markup in
                    markup.empty(
                        "circle",
                        [
                            ("cx", ChartFormat.number(x)), ("cy", ChartFormat.number(y)), ("r", "4"), ("fill", ChartTheme.latest),
                        ])
                })
        case .baseline:
            let line = [("stroke", ChartTheme.baseline), ("stroke-width", "2.5"), ("stroke-dasharray", ChartTheme.dashed)]
            return Style(
                lineAttributes: line, polygonAttributes: line + [("fill", "none"), ("stroke-linejoin", "round")],
                marker: { x, y, markup in
                    markup.rect(
                        x: x - 3.5, y: y - 3.5, width: 7, height: 7,
                        [
                            ("fill", "#ffffff"), ("stroke", ChartTheme.baseline), ("stroke-width", "2"),
                        ])
                })
        case .earlier:
            let line = [("stroke", ChartTheme.earlier), ("stroke-width", "1.5"), ("stroke-dasharray", "2 3")]
            return Style(lineAttributes: line, polygonAttributes: line + [("fill", "none")], marker: nil)
        }
    }

    /// How a series is drawn: as a legend line, as a polygon, and at each point.
    struct Style {
        let lineAttributes: [(String, String)]
        let polygonAttributes: [(String, String)]
        let marker: ((Double, Double, inout ChartMarkup) -> Void)?
    }
}
