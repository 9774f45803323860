/// The charts' shared look: type, ink and the series colours, chosen to stay distinct when
/// printed in grey (darkness differs between series, and patterns or dashes carry the meaning).
enum ChartTheme {
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
    static let fontSize = 15.0
    static let smallFontSize = 13.0
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
