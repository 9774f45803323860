/// A fill that reads in black and white: a colour plus a pattern (hatching, dots, lines), so
/// series are told apart by texture as well as by colour.
struct ChartFill: Sendable, Equatable {
    /// The texture drawn over a white ground, or a plain colour.
    enum Pattern: String, Sendable {
        case solid, diagonal, backDiagonal, horizontal, vertical, crosshatch, dots
    }

    let key: String
    let color: String
    let pattern: Pattern

    /// The value for a `fill` attribute.
    func reference(idPrefix: String) -> String {
        pattern == .solid ? color : "url(#\(idPrefix)-\(key))"
    }

    /// Writes the `<pattern>` element (nothing for solid fills).
    func define(idPrefix: String, into markup: inout ChartMarkup) {
        let size = pattern == .dots ? 6.0 : 7.0
        var attributes = [
            ("id", "\(idPrefix)-\(key)"), ("patternUnits", "userSpaceOnUse"),
            ("width", ChartFormat.number(size)), ("height", ChartFormat.number(size)),
        ]
        switch pattern {
        case .diagonal: attributes.append(("patternTransform", "rotate(45)"))
        case .backDiagonal: attributes.append(("patternTransform", "rotate(-45)"))
        default: break
        }
        markup.element("pattern", attributes) { body in
            body.rect(x: 0, y: 0, width: size, height: size, [("fill", "#ffffff")])
            let stroke = [("stroke", color), ("stroke-width", "2.5")]
            switch pattern {
            case .solid: break
            case .diagonal, .backDiagonal, .vertical:
                body.line(x1: 1.5, y1: 0, x2: 1.5, y2: size, stroke)
            case .horizontal:
                body.line(x1: 0, y1: 1.5, x2: size, y2: 1.5, stroke)
            case .crosshatch:
                body.line(x1: 1.5, y1: 0, x2: 1.5, y2: size, [("stroke", color), ("stroke-width", "1.5")])
                body.line(x1: 0, y1: 1.5, x2: size, y2: 1.5, [("stroke", color), ("stroke-width", "1.5")])
            case .dots:
                body.empty("circle", [("cx", "3"), ("cy", "3"), ("r", "1.6"), ("fill", color)])
            }
        }
    }
}
