/// One template, parsed once: its name, its file for errors, and its node tree.
struct Template: Sendable {
    let name: String
    let file: String
    let nodes: [Node]
    /// Bytes of literal text, used to reserve the output buffer before rendering.
    let literalSize: Int

    /// Runs the stages lexer → standalone trimming → parser over `bytes`.
    init(name: String, file: String, bytes: [UInt8]) throws {
        var lexer = Lexer(bytes: bytes, file: file)
        let tokens = StandaloneLines.trim(try lexer.tokenize(), in: bytes)
        self.name = name
        self.file = file
        self.nodes = try Parser.parse(tokens, bytes: bytes, file: file)
        self.literalSize = tokens.reduce(0) { size, token in
            guard case .text(let range) = token else { return size }
            return size + range.count
        }
    }

    /// Every `{{> name }}` in the tree, in source order, with its place.
    var partialReferences: [(name: String, location: SourceLocation)] {
        var references: [(name: String, location: SourceLocation)] = []
        Self.collectPartials(in: nodes, into: &references)
        return references
    }

    private static func collectPartials(
        in nodes: [Node],
        into references: inout [(name: String, location: SourceLocation)]
    ) {
        for node in nodes {
            switch node {
            case .partial(let name, let location): references.append((name, location))
            case .section(_, let children, _): collectPartials(in: children, into: &references)
            case .text, .variable: break
            }
        }
    }
}
