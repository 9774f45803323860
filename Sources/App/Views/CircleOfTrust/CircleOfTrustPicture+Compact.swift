/// The narrow-screen picture: numbered nodes on a tighter circle, with a numbered list below.
///
/// Why: labels beside nodes need a wide picture, which shrinks to unreadable text on a
/// 360 px phone. Here the circle keeps only numbers and the list carries the names, so the
/// SVG is about 400 units wide and its text stays near its designed size. The app can show
/// `svg()` on wide screens and `compactSVG()` on narrow ones with a media query in its stylesheet.
extension CircleOfTrustPicture {
    /// The picture for narrow screens: same title, description and key as `svg()`.
    public func compactSVG() -> String {
        let layout = CircleOfTrustLayout(input: input, spread: 0.62)
        let order = orderedIndices()
        var marks = [String](repeating: "", count: input.members.count)
        for (position, index) in order.enumerated() { marks[index] = String(position + 1) }
        guard !input.members.isEmpty else {
            return document(layout: layout, labels: [], marks: marks, minimumWidth: 400) { _ in [] }
        }
        let list = CircleOfTrustList(entries: order.map { (marks[$0], input.members[$0]) })
        return document(layout: layout, labels: [], marks: marks, minimumWidth: 400) { _ in
            [list, CircleOfTrustLegend(width: 380)]
        }
    }
}

/// The compact picture's numbered list: number, name, and role with state.
struct CircleOfTrustList: CircleOfTrustBand {
    private typealias Theme = CircleOfTrustTheme
    private static let rowHeight = 44.0

    let entries: [(mark: String, member: CircleOfTrustPicture.Member)]
    let width = 396.0
    var height: Double { Double(entries.count) * Self.rowHeight + 16 }

    func draw(into svg: inout CircleOfTrustMarkup, x: Double, y: Double, span: Double) {
        let number = CircleOfTrustText.number
        let left = x + max(16, (span - width) / 2)
        svg.element("g", [("data-list", "true")]) { group in
            group.empty(
                "rect",
                [
                    ("x", number(x)), ("y", number(y)), ("width", number(span)), ("height", number(height)),
                    ("fill", Theme.paper),
                ])
            for (row, entry) in entries.enumerated() {
                let top = y + 8 + Double(row) * Self.rowHeight
                let lines = CircleOfTrustPicture.labelLines(for: entry.member, nameLimit: 30)
                var attributes: [(String, String)] = []
                if entry.member.status == .ended { attributes.append(("opacity", "0.6")) }
                group.element("g", attributes) { item in
                    item.leaf(
                        "text",
                        [
                            ("x", number(left + 22)), ("y", number(top + 18)), ("text-anchor", "end"),
                            ("font-size", "15"), ("font-weight", "700"), ("fill", Theme.ink),
                        ], text: entry.mark)
                    item.leaf(
                        "text",
                        [
                            ("x", number(left + 32)), ("y", number(top + 18)), ("font-size", "15"),
                            ("font-weight", "600"), ("fill", lines[0].color),
                        ], text: lines[0].text)
                    let detail = lines.dropFirst().map(\.text).joined(separator: " · ")
                    let color = lines.count > 1 ? lines[1].color : Theme.mutedInk
                    item.leaf(
                        "text",
                        [("x", number(left + 32)), ("y", number(top + 36)), ("font-size", "13"), ("fill", color)],
                        text: detail)
                }
            }
        }
    }
}
