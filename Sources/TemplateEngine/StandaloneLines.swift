/// Between lexer and parser: removes the lines that only hold a section, partial or comment
/// tag, so templates can be laid out one tag per line without leaving blank lines.
///
/// This is mustache's "standalone" rule: a line containing one such tag and otherwise only
/// spaces or tabs loses its indentation and its line ending. A line with two tags, or any
/// text, keeps everything. Decisions are taken on the original tokens, then applied.
enum StandaloneLines {
    /// `tokens` with the whitespace around standalone tags removed and emptied text dropped.
    static func trim(_ tokens: [Token], in bytes: [UInt8]) -> [Token] {
        var lowers: [Int: Int] = [:]
        var uppers: [Int: Int] = [:]
        for index in tokens.indices {
            guard case .tag(let tag) = tokens[index], tag.kind.canStandAlone,
                let before = lineStart(before: index, in: tokens, bytes: bytes),
                let after = lineEnd(after: index, in: tokens, bytes: bytes)
            else { continue }
            if let before { uppers[before.token] = before.offset }
            if let after { lowers[after.token] = after.offset }
        }
        guard !lowers.isEmpty || !uppers.isEmpty else { return tokens }
        return tokens.indices.compactMap { index in
            guard case .text(let range) = tokens[index] else { return tokens[index] }
            let lower = lowers[index] ?? range.lowerBound
            let upper = uppers[index] ?? range.upperBound
            return lower < upper ? .text(lower..<upper) : nil
        }
    }

    private typealias Cut = (token: Int, offset: Int)

    /// Where the tag's line starts, if only blanks precede the tag on it: `.some(nil)` when
    /// nothing needs cutting, `nil` when the tag does not stand alone.
    private static func lineStart(before index: Int, in tokens: [Token], bytes: [UInt8]) -> Cut?? {
        let previous = index - 1
        guard previous >= 0 else { return .some(nil) }
        guard case .text(let range) = tokens[previous] else { return nil }
        var start = range.upperBound
        while start > range.lowerBound && bytes[start - 1] != UInt8(ascii: "\n") {
            guard isBlank(bytes[start - 1]) else { return nil }
            start -= 1
        }
        let atLineStart = start > range.lowerBound || previous == 0
        return atLineStart ? .some((previous, start)) : nil
    }

    /// Just past the tag's line ending, if only blanks follow the tag on its line.
    private static func lineEnd(after index: Int, in tokens: [Token], bytes: [UInt8]) -> Cut?? {
        let next = index + 1
        guard next < tokens.count else { return .some(nil) }
        guard case .text(let range) = tokens[next] else { return nil }
        var end = range.lowerBound
        while end < range.upperBound {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\n") { return .some((next, end + 1)) }
            guard isBlank(byte) || byte == UInt8(ascii: "\r") else { return nil }
            end += 1
        }
        return next == tokens.count - 1 ? .some((next, end)) : nil
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
