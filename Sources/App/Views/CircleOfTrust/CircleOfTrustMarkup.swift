/// Builds SVG markup strings with every attribute value and text escaped.
struct CircleOfTrustMarkup: Sendable {
    private(set) var text = ""

    /// Appends a childless element.
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        text += "<\(name)\(Self.render(attributes))/>"
    }

    /// Appends an element containing only escaped text.
    mutating func leaf(_ name: String, _ attributes: [(String, String)] = [], text content: String) {
        text += "<\(name)\(Self.render(attributes))>\(XMLText.escaped(content))</\(name)>"
    }

    /// Appends an element whose children are written by `body`.
    mutating func element(
        _ name: String, _ attributes: [(String, String)] = [], body: (inout CircleOfTrustMarkup) -> Void
    ) {
        text += "<\(name)\(Self.render(attributes))>"
        body(&self)
        text += "</\(name)>"
    }

    private static func render(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(XMLText.escaped($0.1))\"" }.joined()
    }
}
