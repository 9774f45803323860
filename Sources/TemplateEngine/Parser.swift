/// Stage two: folds the token stream into the node tree, pairing every section with its
/// close tag and reporting unclosed, mismatched and stray sections at the right tag.
struct Parser {
    private struct OpenSection {
        let tag: Tag
        var children: [Node] = []
    }

    private let bytes: [UInt8]
    private let file: String
    private var root: [Node] = []
    private var open: [OpenSection] = []

    /// The node tree of `tokens`, whose text ranges point into `bytes`.
    static func parse(_ tokens: [Token], bytes: [UInt8], file: String) throws -> [Node] {
        var parser = Parser(bytes: bytes, file: file)
        for token in tokens { try parser.consume(token) }
        if let unclosed = parser.open.last {
            let name = unclosed.tag.name
            throw TemplateError(file: file, at: unclosed.tag.location, .unclosedSection(name))
        }
        return parser.root
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private mutating func consume(_ token: Token) throws {
        switch token {
        case .text(let range):
            append(.text(String(decoding: bytes[range], as: UTF8.self)))
        case .tag(let tag):
            switch tag.kind {
            case .comment: break
            case .variable: append(.variable(VariablePath(tag.name), raw: false))
            case .raw: append(.variable(VariablePath(tag.name), raw: true))
            case .partial: append(.partial(tag.name, tag.location))
            case .section, .inverted, .conditional: open.append(OpenSection(tag: tag))
            case .close: try close(with: tag)
            }
        }
    }

    private mutating func close(with tag: Tag) throws {
        guard let section = open.popLast() else {
            throw TemplateError(file: file, at: tag.location, .strayClose(tag.name))
        }
        guard section.tag.name == tag.name else {
            let reason = TemplateError.Reason.mismatchedClose(expected: section.tag.name, found: tag.name)
            throw TemplateError(file: file, at: tag.location, reason)
        }
        let path = VariablePath(section.tag.name)
        let mode: SectionMode = switch section.tag.kind {
        case .inverted: .inverted
        case .conditional: .conditional
        default: .iterate
        }
        append(.section(path, children: section.children, mode: mode))
    }

    /// Adds `node` to the innermost open section, merging adjacent text (comments split it).
    private mutating func append(_ node: Node) {
        if open.isEmpty {
            Self.append(node, to: &root)
        } else {
            Self.append(node, to: &open[open.count - 1].children)
        }
    }

    private static func append(_ node: Node, to nodes: inout [Node]) {
        if case .text(let text) = node, case .text(let previous)? = nodes.last {
            nodes[nodes.count - 1] = .text(previous + text)
        } else {
            nodes.append(node)
        }
    }
}
