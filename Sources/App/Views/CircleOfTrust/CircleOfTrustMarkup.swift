/// Builds SVG markup strings with every attribute value and text escaped.
///
/// Appends straight into one buffer (no string per attribute or element): the record page
/// draws two pictures per view, and building them was a fifth of its CPU (BENCHMARKS.md §9e).
struct CircleOfTrustMarkup: Sendable {
    private(set) var text: String

    /// An empty buffer with room for `capacity` bytes (a typical picture by default).
    init(capacity: Int = 16 * 1024) {
        text = ""
        text.reserveCapacity(capacity)
    }

    /// Appends markup built by another builder (so already escaped).
    mutating func append(_ other: CircleOfTrustMarkup) {
        text += other.text
    }

    /// Appends a childless element.
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        open(name, attributes)
        text += "/>"
    }

    /// Appends an element containing only escaped text.
    mutating func leaf(_ name: String, _ attributes: [(String, String)] = [], text content: String) {
        open(name, attributes)
        text += ">"
        XMLText.append(content, to: &text)
        close(name)
    }

    /// Appends an element whose children are written by `body`.
    mutating func element(
        _ name: String, _ attributes: [(String, String)] = [], body: (inout CircleOfTrustMarkup) -> Void
    ) {
        open(name, attributes)
        text += ">"
        body(&self)
        close(name)
    }

    private mutating func open(_ name: String, _ attributes: [(String, String)]) {
        text += "<"
        text += name
        for (attribute, value) in attributes {
            text += " "
            text += attribute
            text += "=\""
            XMLText.append(value, to: &text)
            text += "\""
        }
    }

    private mutating func close(_ name: String) {
        text += "</"
        text += name
        text += ">"
    }
}
