import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A chart's SVG parsed with XMLParser: every element with its attributes, in document order,
/// and the text inside each. Parsing fails for markup that is not well-formed.
final class SVGDocument: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text: String
        /// The names of the enclosing elements' classes, innermost last.
        let ancestorClasses: [String]
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    let source: String

    init?(_ svg: String) {
        source = svg
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        guard parser.parse() else { return nil }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        let classes = open.compactMap { elements[$0].attributes["class"] }
        elements.append(Element(name: name, attributes: attributes, text: "", ancestorClasses: classes))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard let index = open.last else { return }
        elements[index].text += string
    }

    var root: Element? { elements.first }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// Elements named `name` inside an element of class `className`, or having that class.
    func all(_ name: String, in className: String) -> [Element] {
        all(name).filter { $0.ancestorClasses.contains(className) || $0.attributes["class"] == className }
    }

    /// Every `<text>`'s content.
    var texts: [String] { all("text").map(\.text) }

    /// The text directly inside any element (titles, descriptions, labels), where there is some.
    var allTexts: [String] { elements.map(\.text).filter { !$0.isEmpty } }
}
