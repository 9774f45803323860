/// Drawing the links, the individual at the centre, and the members of the picture.
extension CircleOfTrustPicture {
    private typealias Theme = CircleOfTrustTheme

    /// An empty circle waiting to be filled, drawn only while nobody is in it.
    func drawEmptyRing(_ layout: CircleOfTrustLayout, into svg: inout CircleOfTrustMarkup) {
        guard layout.nodes.isEmpty else { return }
        svg.empty(
            "circle",
            [
                ("cx", "0"), ("cy", "0"), ("r", "90"), ("fill", "none"), ("stroke", Theme.ringGuide),
                ("stroke-width", "1.5"), ("stroke-dasharray", "3 6"),
            ])
    }

    /// One line per member to its introducer (or the centre), stroked by role; ended lines fade.
    func drawLinks(_ layout: CircleOfTrustLayout, into svg: inout CircleOfTrustMarkup) {
        let number = CircleOfTrustText.number
        for node in layout.nodes {
            let parent = node.parent.map { layout.nodes[$0] }
            var attributes = [
                ("x1", number(parent?.x ?? 0)), ("y1", number(parent?.y ?? 0)),
                ("x2", number(node.x)), ("y2", number(node.y)), ("data-link", String(node.member.id)),
            ]
            attributes += Theme.attributes(of: Theme.stroke(for: node.member))
            if node.member.status == .ended {
                attributes.append(("opacity", Theme.endedOpacity))
            } else if node.member.status == .proposed {
                attributes.append(("opacity", "0.7"))
            }
            svg.empty("line", attributes)
        }
    }

    /// The individual's name plate, and "No one yet" while the circle is empty.
    func drawHub(_ layout: CircleOfTrustLayout, into svg: inout CircleOfTrustMarkup) {
        let number = CircleOfTrustText.number
        let hub = layout.hub
        svg.element("g", [("data-individual", "true")]) { group in
            group.leaf("title", text: input.individualName)
            group.empty(
                "rect",
                [
                    ("x", number(hub.x)), ("y", number(hub.y)), ("width", number(hub.width)),
                    ("height", number(hub.height)), ("rx", number(hub.height / 2)), ("fill", Theme.hubFill),
                ])
            group.leaf(
                "text",
                [
                    ("x", "0"), ("y", "5.5"), ("text-anchor", "middle"), ("font-size", "15"),
                    ("font-weight", "700"), ("fill", Theme.paper),
                ], text: layout.hubName)
        }
        if layout.nodes.isEmpty {
            svg.leaf(
                "text",
                [
                    ("x", "0"), ("y", "50"), ("text-anchor", "middle"), ("font-size", "13"),
                    ("font-style", "italic"), ("fill", Theme.mutedInk),
                ], text: "No one yet")
        }
    }

    /// Each member's group: hover title, blue ring if first, node with its mark, label if any.
    func drawMembers(
        _ layout: CircleOfTrustLayout, labels: [CircleOfTrustLabels.Label], marks: [String],
        into svg: inout CircleOfTrustMarkup
    ) {
        for node in layout.nodes {
            let label = node.index < labels.count ? labels[node.index] : nil
            let member = node.member
            var attributes = [("data-member", String(member.id))]
            if member.status == .ended { attributes.append(("opacity", Theme.endedMemberOpacity)) }
            svg.element("g", attributes) { group in
                group.leaf("title", text: hoverText(for: member))
                if member.isFirst {
                    Self.drawShape(member.kind, x: node.x, y: node.y, grow: 5, firstHighlight: true, into: &group)
                }
                Self.drawNode(member, mark: marks[node.index], x: node.x, y: node.y, into: &group)
                if let label { Self.drawLabel(label, into: &group) }
            }
        }
    }

    /// The label lines for a member: the name (wrapped onto two lines where long), role and
    /// state, and the first-trusted note.
    static func labelLines(for member: Member) -> [CircleOfTrustLabels.Line] {
        labelLines(for: member, names: CircleOfTrustText.wrapped(member.name))
    }

    /// The label lines with the name on one line, cut at `nameLimit` characters.
    static func labelLines(for member: Member, nameLimit: Int) -> [CircleOfTrustLabels.Line] {
        labelLines(for: member, names: [CircleOfTrustText.truncated(member.name, limit: nameLimit)])
    }

    private static func labelLines(for member: Member, names: [String]) -> [CircleOfTrustLabels.Line] {
        typealias Line = CircleOfTrustLabels.Line
        let nameColor = member.status == .ended ? Theme.mutedInk : Theme.ink
        var lines = names.map { name in
            Line(text: name, fontSize: Theme.nameFontSize, color: nameColor, bold: true)
        }
        if member.unsafe {
            lines.append(
                Line(text: "⚠ Marked unsafe", fontSize: Theme.detailFontSize, color: Theme.unsafeRed, bold: true))
        } else {
            var detail = member.role.displayName
            if member.kind == .service { detail += " service" }
            if member.status != .active { detail += " · " + member.status.displayName.lowercased() }
            lines.append(Line(text: detail, fontSize: Theme.detailFontSize, color: Theme.mutedInk, bold: false))
        }
        if member.isFirst, !member.unsafe {
            lines.append(
                Line(text: "First trusted person", fontSize: Theme.detailFontSize, color: Theme.firstBlue, bold: true))
        }
        return lines
    }

    private func hoverText(for member: Member) -> String {
        member.name + " — " + (member.unsafe ? "marked unsafe" : Self.linkPhrase(for: member, input: input))
    }

    /// The initial shown inside a member's node, or "!" when marked unsafe.
    static func initial(of member: Member) -> String {
        if member.unsafe { return "!" }
        return member.name.first(where: { $0.isLetter || $0.isNumber }).map { String($0).uppercased() } ?? "?"
    }

    /// A member's shape with its mark (initial or list number) inside.
    static func drawNode(
        _ member: Member, mark: String, x: Double, y: Double, into svg: inout CircleOfTrustMarkup
    ) {
        drawShape(member.kind, x: x, y: y, grow: 0, firstHighlight: false, member: member, into: &svg)
        let stroke = Theme.stroke(for: member)
        svg.leaf(
            "text",
            [
                ("x", CircleOfTrustText.number(x)), ("y", CircleOfTrustText.number(y + 4.5)), ("text-anchor", "middle"),
                ("font-size", "13"), ("font-weight", "700"), ("fill", stroke.color),
            ],
            text: mark)
    }

    /// A person's circle or a service's rounded square; `grow` enlarges it for the blue ring.
    static func drawShape(
        _ kind: Member.Kind, x: Double, y: Double, grow: Double, firstHighlight: Bool, member: Member? = nil,
        into svg: inout CircleOfTrustMarkup
    ) {
        let number = CircleOfTrustText.number
        let size = Theme.nodeRadius + grow
        var paint: [(String, String)]
        if firstHighlight {
            paint = [("fill", Theme.firstBlue), ("data-highlight", "first")]
        } else {
            let stroke = member.map(Theme.stroke(for:)) ?? Theme.stroke(for: .trusted)
            paint = [("fill", Theme.paper), ("stroke", stroke.color), ("stroke-width", "2")]
            if member?.status == .proposed || member?.unsafe == true { paint.append(("stroke-dasharray", "4 3")) }
        }
        switch kind {
        case .person:
            svg.empty("circle", [("cx", number(x)), ("cy", number(y)), ("r", number(size))] + paint)
        case .service:
            svg.empty(
                "rect",
                [
                    ("x", number(x - size)), ("y", number(y - size)), ("width", number(2 * size)),
                    ("height", number(2 * size)), ("rx", number(size * 0.35)),
                ] + paint)
        }
    }

    private static func drawLabel(_ label: CircleOfTrustLabels.Label, into svg: inout CircleOfTrustMarkup) {
        let number = CircleOfTrustText.number
        var top = label.box.y
        for line in label.lines {
            let baseline = top + line.fontSize * 1.25 - line.fontSize * 0.3
            var attributes = [
                ("x", number(label.anchorX)), ("y", number(baseline)), ("text-anchor", label.anchor),
                ("font-size", number(line.fontSize)),
            ]
            if line.bold { attributes.append(("font-weight", "600")) }
            // A halo copy underneath instead of `paint-order`, which HTML validators refuse.
            svg.leaf(
                "text", attributes + [
                    ("fill", Theme.paper), ("stroke", Theme.paper), ("stroke-width", "3"), ("stroke-linejoin", "round"),
                    ("aria-hidden", "true"),
                ], text: line.text)
            svg.leaf("text", attributes + [("fill", line.color)], text: line.text)
            top += line.fontSize * 1.25
        }
    }
}
