/// Drawing the rings, links, centre and members of the picture.
extension CircleOfTrustPicture {
    private typealias Theme = CircleOfTrustTheme

    func drawRings(_ layout: CircleOfTrustLayout, into svg: inout CircleOfTrustMarkup) {
        let radii = layout.nodes.isEmpty ? [90.0] : layout.ringRadii
        for radius in radii {
            svg.empty(
                "circle",
                [("cx", "0"), ("cy", "0"), ("r", CircleOfTrustText.number(radius)), ("fill", "none"),
                 ("stroke", Theme.ringGuide), ("stroke-width", "1"), ("stroke-dasharray", "2 6")])
        }
    }

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

    func drawHub(_ layout: CircleOfTrustLayout, into svg: inout CircleOfTrustMarkup) {
        let number = CircleOfTrustText.number
        let hub = layout.hub
        svg.element("g", [("data-individual", "true")]) { group in
            group.leaf("title", text: input.individualName)
            group.empty(
                "rect",
                [("x", number(hub.x)), ("y", number(hub.y)), ("width", number(hub.width)),
                 ("height", number(hub.height)), ("rx", number(hub.height / 2)), ("fill", Theme.hubFill)])
            group.leaf(
                "text",
                [("x", "0"), ("y", "5.5"), ("text-anchor", "middle"), ("font-size", "15"),
                 ("font-weight", "700"), ("fill", Theme.paper)], text: layout.hubName)
        }
        if layout.nodes.isEmpty {
            svg.leaf(
                "text",
                [("x", "0"), ("y", "50"), ("text-anchor", "middle"), ("font-size", "13"),
                 ("font-style", "italic"), ("fill", Theme.mutedInk)], text: "No one yet")
        }
    }

    func drawMembers(
        _ layout: CircleOfTrustLayout, labels: CircleOfTrustLabels, into svg: inout CircleOfTrustMarkup
    ) {
        for (node, label) in zip(layout.nodes, labels.labels) {
            let member = node.member
            var attributes = [("data-member", String(member.id))]
            if member.status == .ended { attributes.append(("opacity", Theme.endedOpacity)) }
            svg.element("g", attributes) { group in
                group.leaf("title", text: hoverText(for: member, layout: layout))
                if member.isFirst { Self.drawShape(member.kind, x: node.x, y: node.y, grow: 5, firstHighlight: true, into: &group) }
                Self.drawNode(member, x: node.x, y: node.y, into: &group)
                Self.drawLabel(label, into: &group)
            }
        }
    }

    /// The label lines for a member: name, role and state, and the first-trusted note.
    static func labelLines(for member: Member) -> [CircleOfTrustLabels.Line] {
        typealias Line = CircleOfTrustLabels.Line
        let nameColor = member.status == .ended ? Theme.mutedInk : Theme.ink
        var lines = [
            Line(text: CircleOfTrustText.truncated(member.name), fontSize: Theme.nameFontSize, color: nameColor, bold: true)
        ]
        if member.unsafe {
            lines.append(Line(text: "⚠ Marked unsafe", fontSize: Theme.detailFontSize, color: Theme.unsafeRed, bold: true))
        } else {
            var detail = member.role.displayName
            if member.kind == .service { detail += " service" }
            if member.status != .active { detail += " · " + member.status.displayName.lowercased() }
            lines.append(Line(text: detail, fontSize: Theme.detailFontSize, color: Theme.mutedInk, bold: false))
        }
        if member.isFirst, !member.unsafe {
            lines.append(Line(text: "First trusted person", fontSize: Theme.detailFontSize, color: Theme.firstBlue, bold: true))
        }
        return lines
    }

    private func hoverText(for member: Member, layout: CircleOfTrustLayout) -> String {
        var parts = [member.name]
        parts.append(member.unsafe ? "marked unsafe" : Self.linkPhrase(for: member, input: input))
        return parts.joined(separator: " — ")
    }

    static func drawNode(_ member: Member, x: Double, y: Double, into svg: inout CircleOfTrustMarkup) {
        drawShape(member.kind, x: x, y: y, grow: 0, firstHighlight: false, member: member, into: &svg)
        let stroke = Theme.stroke(for: member)
        let initial = member.name.first(where: { $0.isLetter || $0.isNumber }).map { String($0).uppercased() } ?? "?"
        svg.leaf(
            "text",
            [("x", CircleOfTrustText.number(x)), ("y", CircleOfTrustText.number(y + 4.5)), ("text-anchor", "middle"),
             ("font-size", "13"), ("font-weight", "700"), ("fill", stroke.color)],
            text: member.unsafe ? "!" : initial)
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
                [("x", number(x - size)), ("y", number(y - size)), ("width", number(2 * size)),
                 ("height", number(2 * size)), ("rx", number(size * 0.35))] + paint)
        }
    }

    private static func drawLabel(_ label: CircleOfTrustLabels.Label, into svg: inout CircleOfTrustMarkup) {
        let number = CircleOfTrustText.number
        var top = label.box.y
        for line in label.lines {
            let baseline = top + line.fontSize * 1.25 - line.fontSize * 0.3
            var attributes = [
                ("x", number(label.anchorX)), ("y", number(baseline)), ("text-anchor", label.anchor),
                ("font-size", number(line.fontSize)), ("fill", line.color), ("stroke", Theme.paper),
                ("stroke-width", "3"), ("stroke-linejoin", "round"), ("paint-order", "stroke"),
            ]
            if line.bold { attributes.append(("font-weight", "600")) }
            svg.leaf("text", attributes, text: line.text)
            top += line.fontSize * 1.25
        }
    }
}
