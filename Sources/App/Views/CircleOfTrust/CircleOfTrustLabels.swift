/// Places each member's label beside its node where it hides the fewest other things.
///
/// Why: on a crowded ring the label that reads best (outward, anchored away from the
/// centre) can land on a neighbour. Each label tries a short list of spots and keeps the
/// first free one, else the least covered; node and hub overlaps count far more than
/// crossing a line, which the label's white halo keeps readable.
struct CircleOfTrustLabels: Sendable {
    /// One line of a label.
    struct Line: Sendable {
        let text: String
        let fontSize: Double
        let color: String
        let bold: Bool
    }

    /// A placed label: its lines, anchor and box.
    struct Label: Sendable {
        let lines: [Line]
        let anchor: String
        let box: CircleOfTrustRect

        /// The x coordinate the text is anchored at.
        var anchorX: Double {
            switch anchor {
            case "start": box.x
            case "end": box.maxX
            default: box.x + box.width / 2
            }
        }
    }

    let labels: [Label]
    /// The area labels cover of nodes, the centre and each other; zero when all are clear.
    let clashArea: Double

    /// Lays out `input`, spreading the rings wider (a few times at most) until no label clashes;
    /// if clashes remain, the tightest layout with the fewest.
    static func fitted(
        _ input: CircleOfTrustPicture.Input, lines: (CircleOfTrustPicture.Member) -> [Line]
    ) -> (layout: CircleOfTrustLayout, labels: CircleOfTrustLabels) {
        var best: (layout: CircleOfTrustLayout, labels: CircleOfTrustLabels)?
        var spread = 1.0
        for _ in 0..<6 {
            let layout = CircleOfTrustLayout(input: input, spread: spread)
            let labels = CircleOfTrustLabels(layout: layout, lines: lines)
            if best == nil || labels.clashArea < best!.labels.clashArea { best = (layout, labels) }
            if labels.clashArea == 0 { break }
            spread *= 1.15
        }
        return best!
    }

    init(layout: CircleOfTrustLayout, lines: (CircleOfTrustPicture.Member) -> [Line]) {
        let radius = CircleOfTrustTheme.nodeRadius
        let nodeBoxes = layout.nodes.map {
            CircleOfTrustRect(x: $0.x - radius, y: $0.y - radius, width: 2 * radius, height: 2 * radius)
                .inset(by: 3)
        }
        let segments = layout.nodes.map { node -> (Double, Double, Double, Double) in
            let parent = node.parent.map { layout.nodes[$0] }
            return (node.x, node.y, parent?.x ?? 0, parent?.y ?? 0)
        }
        var placed: [Label?] = Array(repeating: nil, count: layout.nodes.count)
        var clashArea = 0.0
        let order = layout.nodes.indices.sorted { layout.nodes[$0].generation < layout.nodes[$1].generation }
        for index in order {
            let node = layout.nodes[index]
            let text = lines(node.member)
            var best: (score: Double, clash: Double, label: Label)?
            for candidate in Self.candidates(for: node, lines: text) {
                var score = candidate.box.overlapArea(with: layout.hub.inset(by: 4)) * 4
                for (other, box) in nodeBoxes.enumerated() where other != index {
                    score += candidate.box.overlapArea(with: box) * 4
                }
                for other in placed.compactMap({ $0 }) {
                    score += candidate.box.overlapArea(with: other.box.inset(by: 2)) * 3
                }
                let clash = score
                for segment in segments
                where candidate.box.intersectsSegment(
                    segment.0, segment.1, segment.2, segment.3)
                {
                    score += 300
                }
                if best == nil || score < best!.score { best = (score, clash, candidate) }
                if score == 0 { break }
            }
            placed[index] = best?.label
            clashArea += best?.clash ?? 0
        }
        labels = placed.compactMap { $0 }
        self.clashArea = clashArea
    }

    /// The height a stack of lines takes.
    static func height(of lines: [Line]) -> Double {
        lines.reduce(0) { $0 + $1.fontSize * 1.25 }
    }

    private static func candidates(for node: CircleOfTrustLayout.Node, lines: [Line]) -> [Label] {
        let width =
            lines.map { CircleOfTrustText.width(of: $0.text, fontSize: $0.fontSize, bold: $0.bold) }
            .max() ?? 0
        let height = height(of: lines)
        let gap = CircleOfTrustTheme.nodeRadius + 6
        let direction = CircleOfTrustAngles.direction(node.angle)
        func label(_ anchor: String, _ x: Double, _ y: Double) -> Label {
            Label(lines: lines, anchor: anchor, box: CircleOfTrustRect(x: x, y: y, width: width, height: height))
        }
        let clear = CircleOfTrustTheme.nodeRadius + 4
        let right = label("start", node.x + gap, node.y - height / 2)
        let left = label("end", node.x - gap - width, node.y - height / 2)
        let below = label("middle", node.x - width / 2, node.y + gap)
        let above = label("middle", node.x - width / 2, node.y - gap - height)
        func outward(_ reach: Double) -> Label {
            let pointX = node.x + direction.x * reach
            let pointY = node.y + direction.y * reach
            if direction.x > 0.4 {
                return label("start", max(pointX, node.x + clear), pointY - height / 2)
            } else if direction.x < -0.4 {
                return label("end", min(pointX, node.x - clear) - width, pointY - height / 2)
            }
            let middleX = pointX - width / 2
            return direction.y < 0
                ? label("middle", middleX, min(pointY, node.y - clear) - height)
                : label("middle", middleX, max(pointY, node.y + clear))
        }
        let side = direction.x >= 0 ? [right, left] : [left, right]
        let vertical = direction.y >= 0 ? [below, above] : [above, below]
        let corners = [
            label("start", node.x + gap * 0.7, node.y - gap * 0.7 - height),
            label("start", node.x + gap * 0.7, node.y + gap * 0.7),
            label("end", node.x - gap * 0.7 - width, node.y - gap * 0.7 - height),
            label("end", node.x - gap * 0.7 - width, node.y + gap * 0.7),
        ]
        let further = [outward(gap + 16), outward(gap + 34)]
        return [outward(gap)] + side + vertical + corners + further
    }
}
