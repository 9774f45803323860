import Synchronization

/// The key under the picture: role colours and line patterns, shapes and states.
///
/// The key says nothing about the person: its markup depends only on where it is drawn, so
/// each placement is drawn once and kept (`drawn`); the record page draws two keys a view.
struct CircleOfTrustLegend: CircleOfTrustBand {
    private typealias Theme = CircleOfTrustTheme
    private typealias Member = CircleOfTrustPicture.Member

    /// One entry of the key.
    private enum Entry: CaseIterable {
        case primary, backup, trusted, interim, person, service, first, proposed, ended, unsafe

        var text: String {
            switch self {
            case .primary: "Primary"
            case .backup: "Back-up"
            case .trusted: "Trusted"
            case .interim: "Interim coordinator"
            case .person: "Person"
            case .service: "Service"
            case .first: "First trusted person"
            case .proposed: "Proposed"
            case .ended: "Ended (faded)"
            case .unsafe: "Marked unsafe"
            }
        }
    }

    private static let columnWidth = 190.0
    private static let rowHeight = 26.0
    private static let headingHeight = 34.0

    let width: Double
    let height: Double
    private let columns: Int
    private let rows: Int

    init(width available: Double) {
        columns = max(2, min(5, Int(available / Self.columnWidth)))
        width = Double(columns) * Self.columnWidth + 16
        rows = (Entry.allCases.count + columns - 1) / columns
        height = Self.headingHeight + Double(rows) * Self.rowHeight + 12
    }

    /// Where a key is drawn: all its markup depends on.
    private struct Placement: Hashable {
        let columns: Int
        let x: Double
        let y: Double
        let span: Double
    }

    /// Keys already drawn, by placement; emptied when it reaches `keptPlacements`.
    private static let drawn = Mutex<[Placement: CircleOfTrustMarkup]>([:])
    private static let keptPlacements = 64

    func draw(into svg: inout CircleOfTrustMarkup, x: Double, y: Double, span: Double) {
        let placement = Placement(columns: columns, x: x, y: y, span: span)
        if let kept = Self.drawn.withLock({ $0[placement] }) {
            svg.append(kept)
            return
        }
        var key = CircleOfTrustMarkup(capacity: 8 * 1024)
        drawAfresh(into: &key, x: x, y: y, span: span)
        svg.append(key)
        Self.drawn.withLock { drawn in
            if drawn.count >= Self.keptPlacements { drawn.removeAll() }
            drawn[placement] = key
        }
    }

    /// Draws the key without looking at the kept ones.
    func drawAfresh(into svg: inout CircleOfTrustMarkup, x: Double, y: Double, span: Double) {
        let number = CircleOfTrustText.number
        let totalWidth = Double(columns) * Self.columnWidth
        let left = x + max(16, (span - totalWidth) / 2)
        svg.element("g", [("data-legend", "true")]) { group in
            group.empty(
                "rect",
                [
                    ("x", number(x)), ("y", number(y)), ("width", number(span)),
                    ("height", number(height)), ("fill", Theme.paper),
                ])
            group.empty(
                "line",
                [
                    ("x1", number(left)), ("y1", number(y + 4)), ("x2", number(left + totalWidth - 16)),
                    ("y2", number(y + 4)), ("stroke", Theme.ringGuide), ("stroke-width", "1"),
                ])
            group.leaf(
                "text",
                [
                    ("x", number(left)), ("y", number(y + 24)), ("font-size", "13"), ("font-weight", "700"),
                    ("fill", Theme.ink),
                ], text: "Key")
            for (index, entry) in Entry.allCases.enumerated() {
                let column = index / rows
                let row = index % rows
                let entryX = left + Double(column) * Self.columnWidth
                let middle = y + Self.headingHeight + Double(row) * Self.rowHeight + Self.rowHeight / 2
                Self.drawSymbol(entry, x: entryX, y: middle, into: &group)
                group.leaf(
                    "text",
                    [
                        ("x", number(entryX + 50)), ("y", number(middle + 4.5)), ("font-size", "12.5"),
                        ("fill", Theme.ink),
                    ], text: entry.text)
            }
        }
    }

    private static func drawSymbol(_ entry: Entry, x: Double, y: Double, into svg: inout CircleOfTrustMarkup) {
        switch entry {
        case .primary: line(Theme.stroke(for: Member.Role.primary), x: x, y: y, into: &svg)
        case .backup: line(Theme.stroke(for: Member.Role.backup), x: x, y: y, into: &svg)
        case .trusted: line(Theme.stroke(for: Member.Role.trusted), x: x, y: y, into: &svg)
        case .interim: line(Theme.stroke(for: Member.Role.interim), x: x, y: y, into: &svg)
        case .ended: line(Theme.endedStroke, x: x, y: y, opacity: Theme.endedOpacity, into: &svg)
        case .person: shape(.person, x: x, y: y, into: &svg)
        case .service: shape(.service, x: x, y: y, into: &svg)
        case .first:
            CircleOfTrustPicture.drawShape(.person, x: x + 20, y: y, grow: -2, firstHighlight: true, into: &svg)
            shape(.person, x: x, y: y, size: -6, into: &svg)
        case .proposed:
            let sample = Member(id: 0, name: "P", status: .proposed, startedOn: "")
            CircleOfTrustPicture.drawShape(
                .person, x: x + 20, y: y, grow: -6, firstHighlight: false, member: sample, into: &svg)
        case .unsafe:
            line(Theme.unsafeStroke, x: x, y: y, into: &svg)
            let mark = [
                ("x", CircleOfTrustText.number(x + 20)), ("y", CircleOfTrustText.number(y + 4.5)),
                ("text-anchor", "middle"), ("font-size", "13"), ("font-weight", "700"),
            ]
            svg.leaf(
                "text", mark + [("fill", Theme.paper), ("stroke", Theme.paper), ("stroke-width", "4"), ("aria-hidden", "true")],
                text: "!")
            svg.leaf("text", mark + [("fill", Theme.unsafeRed)], text: "!")
        }
    }

    private static func line(
        _ stroke: Theme.Stroke, x: Double, y: Double, opacity: String? = nil, into svg: inout CircleOfTrustMarkup
    ) {
        let number = CircleOfTrustText.number
        var attributes = [("x1", number(x)), ("y1", number(y)), ("x2", number(x + 40)), ("y2", number(y))]
        attributes += Theme.attributes(of: stroke)
        if let opacity { attributes.append(("opacity", opacity)) }
        svg.empty("line", attributes)
    }

    private static func shape(
        _ kind: Member.Kind, x: Double, y: Double, size: Double = -6, into svg: inout CircleOfTrustMarkup
    ) {
        let sample = Member(id: 0, name: "S", kind: kind, startedOn: "")
        CircleOfTrustPicture.drawShape(
            kind, x: x + 20, y: y, grow: size, firstHighlight: false, member: sample, into: &svg)
    }
}
