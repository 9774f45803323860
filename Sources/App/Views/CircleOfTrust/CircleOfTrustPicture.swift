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
        let (layout, labels) = CircleOfTrustLabels.fitted(input, lines: Self.labelLines)
        let marks = layout.nodes.map { Self.initial(of: $0.member) }
        let withKey = !input.members.isEmpty
        return document(layout: layout, labels: labels.labels, marks: marks, minimumWidth: 600) { width in
            withKey ? [CircleOfTrustLegend(width: min(width, 1000))] : []
        }
    }

    /// Draws the whole `<svg>`: the circle, then the bands (list, key), made for its width, below it.
    /// `minimumWidth` keeps a small circle from being blown up to fill a wide column.
    func document(
        layout: CircleOfTrustLayout, labels: [CircleOfTrustLabels.Label], marks: [String], minimumWidth: Double,
        bands makeBands: (Double) -> [any CircleOfTrustBand]
    ) -> String {
        var bounds = Self.bounds(of: layout, labels: labels).inset(by: 20)
        let picture = bounds
        if bounds.width < minimumWidth {
            bounds = CircleOfTrustRect(x: -minimumWidth / 2, y: bounds.y, width: minimumWidth, height: bounds.height)
        }
        let bands = makeBands(bounds.width)
        for band in bands {
            let wider = max(bounds.width, band.width)
            bounds = CircleOfTrustRect(
                x: -wider / 2, y: bounds.y, width: wider, height: bounds.height + band.height)
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
                [
                    ("x", number(bounds.x)), ("y", number(bounds.y)), ("width", number(bounds.width)),
                    ("height", number(bounds.height)), ("fill", CircleOfTrustTheme.paper),
                ])
            drawEmptyRing(layout, into: &svg)
            drawLinks(layout, into: &svg)
            drawHub(layout, into: &svg)
            drawMembers(layout, labels: labels, marks: marks, into: &svg)
            var top = picture.maxY
            for band in bands {
                band.draw(into: &svg, x: bounds.x, y: top, span: bounds.width)
                top += band.height
            }
        }
        return markup.text
    }

    /// The box holding the hub, nodes and labels, centred left to right on the individual.
    private static func bounds(of layout: CircleOfTrustLayout, labels: [CircleOfTrustLabels.Label]) -> CircleOfTrustRect
    {
        let radius = CircleOfTrustTheme.nodeRadius + 6
        var box = layout.hub
        if layout.nodes.isEmpty {
            box = box.union(CircleOfTrustRect(x: -90, y: -90, width: 180, height: 180))
        }
        for node in layout.nodes {
            box = box.union(
                CircleOfTrustRect(x: node.x - radius, y: node.y - radius, width: 2 * radius, height: 2 * radius))
        }
        for label in labels { box = box.union(label.box) }
        let reach = max(-box.x, box.maxX)
        return CircleOfTrustRect(x: -reach, y: box.y, width: 2 * reach, height: box.height)
    }
}

/// A strip drawn under the circle, full width: the key, or the compact picture's numbered list.
protocol CircleOfTrustBand: Sendable {
    var width: Double { get }
    var height: Double { get }
    /// Draws the band on a white strip `span` wide whose top left corner is (x, y).
    func draw(into svg: inout CircleOfTrustMarkup, x: Double, y: Double, span: Double)
}
