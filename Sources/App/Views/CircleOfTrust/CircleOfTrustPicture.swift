/// The "circle of trust" picture on the individual record: an accessible, self-contained SVG.
///
/// Why: PRODUCT.md ("Individual record") asks for the individual in the centre, trusted
/// people around, the first trusted person in blue, links coloured by role, ended links
/// faded, and a text table alternative. The SVG uses presentation attributes only, never
/// `style=` or scripts, because the app's Content-Security-Policy forbids inline styles.
public struct CircleOfTrustPicture: Sendable {
    /// Everything the picture shows.
    public struct Input: Sendable, Hashable {
        public var individualName: String
        public var members: [Member]

        /// Creates the input for one individual's circle.
        public init(individualName: String, members: [Member]) {
            self.individualName = individualName
            self.members = members
        }
    }

    public let input: Input
    /// Prefix for the ids inside the SVG; change it when two pictures share a page.
    public let idPrefix: String

    /// Creates the picture for `input`; `idPrefix` keeps element ids unique on the page.
    public init(_ input: Input, idPrefix: String = "circle-of-trust") {
        self.input = input
        self.idPrefix = idPrefix
    }

    /// The complete `<svg>` element, sized by its viewBox so it scales to any width.
    public func svg() -> String {
        let layout = CircleOfTrustLayout(input: input)
        let labels = CircleOfTrustLabels(layout: layout, lines: Self.labelLines)
        var bounds = Self.bounds(of: layout, labels: labels).inset(by: 20)
        let legend = input.members.isEmpty ? nil : CircleOfTrustLegend(width: max(bounds.width, 400))
        if let legend {
            let extra = legend.width - bounds.width
            bounds = CircleOfTrustRect(
                x: bounds.x - max(extra, 0) / 2, y: bounds.y, width: max(bounds.width, legend.width),
                height: bounds.height + legend.height)
        }
        let number = CircleOfTrustText.number
        let viewBox = [bounds.x, bounds.y, bounds.width, bounds.height].map(number).joined(separator: " ")
        var markup = CircleOfTrustMarkup()
        markup.element(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", viewBox), ("width", "100%"),
                ("preserveAspectRatio", "xMidYMid meet"), ("role", "img"),
                ("aria-labelledby", "\(idPrefix)-title \(idPrefix)-desc"),
                ("font-family", CircleOfTrustTheme.fontFamily), ("class", "circle-of-trust"),
            ]
        ) { svg in
            svg.leaf("title", [("id", "\(idPrefix)-title")], text: title)
            svg.leaf("desc", [("id", "\(idPrefix)-desc")], text: summary)
            svg.empty(
                "rect",
                [("x", number(bounds.x)), ("y", number(bounds.y)), ("width", number(bounds.width)),
                 ("height", number(bounds.height)), ("fill", CircleOfTrustTheme.paper)])
            drawRings(layout, into: &svg)
            drawLinks(layout, into: &svg)
            drawHub(layout, into: &svg)
            drawMembers(layout, labels: labels, into: &svg)
            legend?.draw(into: &svg, x: bounds.x, y: bounds.maxY - legend!.height)
        }
        return markup.text
    }

    /// The box holding the hub, rings, nodes and labels, centred on the individual.
    private static func bounds(of layout: CircleOfTrustLayout, labels: CircleOfTrustLabels) -> CircleOfTrustRect {
        let outer = (layout.ringRadii.last ?? 0) + CircleOfTrustTheme.nodeRadius + 6
        var box = layout.hub.union(CircleOfTrustRect(x: -outer, y: -outer, width: 2 * outer, height: 2 * outer))
        if layout.nodes.isEmpty {
            box = box.union(CircleOfTrustRect(x: -90, y: -90, width: 180, height: 180))
        }
        for label in labels.labels { box = box.union(label.box) }
        let reach = max(-box.x, box.maxX)
        let rise = max(-box.y, box.maxY)
        return CircleOfTrustRect(x: -reach, y: -rise, width: 2 * reach, height: 2 * rise)
    }
}
