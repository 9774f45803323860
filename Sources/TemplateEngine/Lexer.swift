/// Stage one: cuts a template's UTF-8 bytes into text runs and tags, each tag with its
/// line and column, and rejects malformed tags (unclosed, empty or invalid names).
///
/// A tag is `{{` optional spaces, an optional sigil (`#` `^` `/` `>` `!`), a name, `}}`;
/// or `{{{ name }}}` for raw output. A `{{` met before a tag's closing braces means the
/// tag was left open, so the error points at the tag the author forgot to close.
struct Lexer {
    private let bytes: [UInt8]
    private let file: String
    private var position = 0
    private var line = 1
    private var lineStart = 0
    private var counted = 0

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// All tokens of the template in order; text tokens are never empty.
    mutating func tokenize() throws -> [Token] {
        var tokens: [Token] = []
        while position < bytes.count {
            guard let open = find(Self.open, from: position) else {
                tokens.append(.text(position..<bytes.count))
                break
            }
            if open > position { tokens.append(.text(position..<open)) }
            tokens.append(.tag(try readTag(at: open)))
        }
        return tokens
    }

    private static let open: [UInt8] = Array("{{".utf8)
    private static let close: [UInt8] = Array("}}".utf8)
    private static let rawClose: [UInt8] = Array("}}}".utf8)

    private mutating func readTag(at open: Int) throws -> Tag {
        let location = location(of: open)
        let isRaw = open + 2 < bytes.count && bytes[open + 2] == UInt8(ascii: "{")
        let contentStart = open + (isRaw ? 3 : 2)
        let closer = isRaw ? Self.rawClose : Self.close
        guard let close = find(closer, from: contentStart) else {
            throw TemplateError(file: file, at: location, .unclosedTag)
        }
        var content = trimmed(contentStart..<close)
        let kind = isRaw ? .raw : sigil(of: content)
        if kind == .comment {
            position = close + closer.count
            return Tag(kind: kind, name: "", location: location)
        }
        if let nextOpen = find(Self.open, from: contentStart), nextOpen < close {
            throw TemplateError(file: file, at: location, .unclosedTag)
        }
        if kind != .variable && kind != .raw { content = trimmed(content.lowerBound + 1..<content.upperBound) }
        let name = String(decoding: bytes[content], as: UTF8.self)
        try validate(name, kind: kind, at: location)
        position = close + closer.count
        return Tag(kind: kind, name: name, location: location)
    }

    private func sigil(of content: Range<Int>) -> Tag.Kind {
        guard let first = content.first else { return .variable }
        switch bytes[first] {
        case UInt8(ascii: "#"): return .section
        case UInt8(ascii: "^"): return .inverted
        case UInt8(ascii: "?"): return .conditional
        case UInt8(ascii: "/"): return .close
        case UInt8(ascii: ">"): return .partial
        case UInt8(ascii: "!"): return .comment
        default: return .variable
        }
    }

    private func validate(_ name: String, kind: Tag.Kind, at location: SourceLocation) throws {
        guard !name.isEmpty else { throw TemplateError(file: file, at: location, .emptyName) }
        let valid = kind == .partial ? Self.isValidPartialName(name) : Self.isValidPath(name)
        guard valid else { throw TemplateError(file: file, at: location, .invalidName(name)) }
    }

    private static func isValidPath(_ name: String) -> Bool {
        if name == "." { return true }
        return name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy { isNameByte($0) }
        }
    }

    private static func isValidPartialName(_ name: String) -> Bool {
        name.utf8.allSatisfy { isNameByte($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default: false
        }
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && Self.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower && Self.isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == pattern[0] && bytes[index..<index + pattern.count].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The line and column of `offset`; offsets are asked for in increasing order.
    private mutating func location(of offset: Int) -> SourceLocation {
        while counted < offset {
            if bytes[counted] == UInt8(ascii: "\n") {
                line += 1
                lineStart = counted + 1
            }
            counted += 1
        }
        let column = bytes[lineStart..<offset].reduce(1) { count, byte in
            byte & 0xC0 == 0x80 ? count : count + 1
        }
        return SourceLocation(line: line, column: column)
    }
}
