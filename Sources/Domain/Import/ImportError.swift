/// One problem with an import file, printed as `FILE:LINE: column: reason` (REPORTS.md,
/// "Import files"). A value to collect and print, not to throw: a file reports every problem.
public struct ImportError: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    /// The physical line, 1-based; the header is line 1 (or later, after blank lines).
    public let line: Int
    /// The column's name, or `column N` where the row has more cells than the header names.
    public let column: String
    /// A sentence saying what is wrong and, where it helps, what to write instead.
    public let reason: String

    public init(file: String, line: Int, column: String, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `FILE:LINE: column: reason`.
    public var description: String { "\(file):\(line): \(column): \(reason)" }

    /// One error per message in `errors`, each under the column its field is named after.
    static func all(from errors: FieldErrors, file: String, line: Int) -> [ImportError] {
        errors.entries.map { ImportError(file: file, line: line, column: $0.field, reason: $0.message) }
    }
}
