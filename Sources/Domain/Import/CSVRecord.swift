/// One CSV record: its fields and the physical line it starts on (1-based), so a message can
/// say `FILE:LINE` even when a quoted field spans several lines.
public struct CSVRecord: Sendable, Equatable {
    /// The line the record starts on, counting every LF, CRLF or lone CR, 1-based.
    public let line: Int
    /// The fields, unquoted and with doubled quotes undone; never empty.
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// Why bytes are not CSV, with where: the line and the field (1-based) the problem is in.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The closed set of reasons bytes are not CSV.
    public enum Reason: Sendable, Equatable {
        /// A quoted field runs to the end of the input; the line is where its quote opened.
        case unterminatedQuote
        /// A `"` inside a field that did not start with one (RFC 4180 §2.5).
        case quoteInUnquotedField
        /// Something other than a comma or a line end follows a closing quote.
        case characterAfterClosingQuote
        /// Bytes that are not UTF-8; the line is that of the first bad byte.
        case invalidUTF8
    }

    public let reason: Reason
    public let line: Int
    /// The field's position in its record, 1-based.
    public let field: Int

    public init(_ reason: Reason, line: Int, field: Int) {
        self.reason = reason
        self.line = line
        self.field = field
    }

    /// The reason as a sentence, without the place.
    public var message: String {
        switch reason {
        case .unterminatedQuote: "A quoted value is never closed: add the closing quote (\")."
        case .quoteInUnquotedField:
            "A quote (\") inside an unquoted value: put the whole value in quotes and double the quote (\"\")."
        case .characterAfterClosingQuote:
            "Text after a closing quote: a quoted value must end at a comma or the end of the line."
        case .invalidUTF8: "The text is not UTF-8: save the file as \"CSV UTF-8\"."
        }
    }

    public var description: String { "line \(line), field \(field): \(message)" }
}
