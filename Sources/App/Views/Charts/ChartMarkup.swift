/// Builds SVG markup with every attribute value and text escaped; charts never write raw
/// strings, so a person's data can never break out of the picture.
struct ChartMarkup: Sendable {
    private(set) var text = ""

    /// Appends a childless element.
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        text += "<\(name)\(Self.render(attributes))/>"
    }

    /// Appends an element holding only escaped text.
    mutating func leaf(_ name: String, _ attributes: [(String, String)] = [], text content: String) {
        text += "<\(name)\(Self.render(attributes))>\(XMLText.escaped(content))</\(name)>"
    }

    /// Appends an element whose children `body` writes.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], body: (inout ChartMarkup) -> Void) {
        text += "<\(name)\(Self.render(attributes))>"
        body(&self)
        text += "</\(name)>"
    }

    /// Appends a `<text>` at (x, y) with the given size and anchor.
    mutating func label(
        _ content: String, x: Double, y: Double, size: Double = ChartTheme.fontSize, anchor: String = "start",
        weight: String? = nil, fill: String = ChartTheme.ink
    ) {
        var attributes = [
            ("x", ChartFormat.number(x)), ("y", ChartFormat.number(y)), ("font-size", ChartFormat.number(size)),
            ("text-anchor", anchor), ("fill", fill),
        ]
        if let weight { attributes.append(("font-weight", weight)) }
        leaf("text", attributes, text: content)
    }

    /// Appends a rectangle.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, _ attributes: [(String, String)]) {
        empty(
            "rect",
            [
                ("x", ChartFormat.number(x)), ("y", ChartFormat.number(y)),
                ("width", ChartFormat.number(width)), ("height", ChartFormat.number(height)),
            ] + attributes)
    }

    /// Appends a straight line.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, _ attributes: [(String, String)]) {
        empty(
            "line",
            [
                ("x1", ChartFormat.number(x1)), ("y1", ChartFormat.number(y1)),
                ("x2", ChartFormat.number(x2)), ("y2", ChartFormat.number(y2)),
            ] + attributes)
    }

    /// A whole chart: the root `<svg>` labelled by its `<title>` and `<desc>`, scaled to the
    /// width of its container, with the fills it uses defined once.
    static func document(
        id: String, width: Double, height: Double, title: String, description: String, fills: [ChartFill] = [],
        body: (inout ChartMarkup) -> Void
    ) -> String {
        var markup = ChartMarkup()
        let attributes = [
            ("xmlns", "http://www.w3.org/2000/svg"), ("id", id), ("class", "chart"), ("role", "img"),
            ("aria-labelledby", "\(id)-title \(id)-desc"),
            ("viewBox", "0 0 \(ChartFormat.number(width)) \(ChartFormat.number(height))"), ("width", "100%"),
            ("font-family", ChartTheme.fontFamily),
        ]
        markup.element("svg", attributes) { svg in
            svg.leaf("title", [("id", "\(id)-title")], text: title)
            svg.leaf("desc", [("id", "\(id)-desc")], text: description)
            let patterns = fills.filter { $0.pattern != .solid }
            if !patterns.isEmpty {
                svg.element("defs") { defs in
                    for fill in patterns { fill.define(idPrefix: id, into: &defs) }
                }
            }
            body(&svg)
        }
        return markup.text
    }

    private static func render(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(XMLText.escaped($0.1))\"" }.joined()
    }
}
