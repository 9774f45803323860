/// The charts' shared look: type, ink and the series colours, chosen to stay distinct when
/// printed in grey (darkness differs between series, and patterns or dashes carry the meaning).
enum ChartTheme {
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
    static let fontSize = 15.0
    static let smallFontSize = 14.0
    /// The narrowest a chart is ever drawn, in CSS pixels: on a phone the figure scrolls sideways
    /// rather than shrink below it (`.chart-figure svg.chart` in app.css), so no text of a
    /// 480-wide chart renders under 12 px (issue 15: about 9 px at 390 px wide).
    static let narrowestRendering = 432.0
    static let ink = "#1b1b1b"
    static let mutedInk = "#4a4a4a"
    static let grid = "#c9c9c9"
    static let band = "#f1f1f1"
    /// The latest reading: dark blue, drawn solid.
    static let latest = "#1d4e89"
    /// The baseline: near-black, drawn dashed or hatched.
    static let baseline = "#333333"
    /// Earlier readings between the two: faint grey.
    static let earlier = "#9a9a9a"
    static let dashed = "7 4"
}
