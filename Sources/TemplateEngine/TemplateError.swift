/// The engine's one error: what went wrong, in which template file, at which line and column.
///
/// Syntax errors and missing partials are found once, at start-up, when `TemplateLibrary`
/// parses every file; only an unknown template name or runaway partial recursion can
/// surface at render time. Line and column are 1-based; both are 0 when no place applies.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why a template could not be loaded or rendered.
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
        /// A `{{` or `{{{` without its closing braces.
        case unclosedTag
        /// A tag with no name, such as `{{ }}` or `{{# }}`.
        case emptyName
        /// A name with characters outside letters, digits, `_`, `-`, `.` (and `/` for partials).
        case invalidName(String)
        /// A section opened here is never closed.
        case unclosedSection(String)
        /// A close tag that does not match the innermost open section.
        case mismatchedClose(expected: String, found: String)
        /// A close tag with no open section.
        case strayClose(String)
        /// A `{{> name }}` naming no template in the library.
        case unknownPartial(String)
        /// Partials nested deeper than the limit, almost always a partial including itself.
        case partialDepthExceeded(String)
        /// `render` was asked for a template the library does not hold.
        case unknownTemplate(String)
        /// The directory or a file in it could not be read as UTF-8 text.
        case unreadable(String)

        /// A short English explanation.
        public var description: String {
            switch self {
            case .unclosedTag: "unclosed tag"
            case .emptyName: "empty name in tag"
            case .invalidName(let name): "invalid name '\(name)'"
            case .unclosedSection(let name): "unclosed section '\(name)'"
            case .mismatchedClose(let expected, let found):
                "section '\(expected)' closed by '\(found)'"
            case .strayClose(let name): "close tag '\(name)' without an open section"
            case .unknownPartial(let name): "unknown partial '\(name)'"
            case .partialDepthExceeded(let name): "partials nested too deeply at '\(name)'"
            case .unknownTemplate(let name): "unknown template '\(name)'"
            case .unreadable(let path): "cannot read '\(path)'"
            }
        }
    }

    /// The template file, relative to the library's directory (`people/list.html`).
    public let file: String
    /// The 1-based line of the offending tag, or 0.
    public let line: Int
    /// The 1-based column (in characters) of the offending tag's `{{`, or 0.
    public let column: Int
    /// What went wrong.
    public let reason: Reason

    /// An error at a known place in `file`.
    public init(file: String, line: Int, column: Int, reason: Reason) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    init(file: String, at location: SourceLocation, _ reason: Reason) {
        self.init(file: file, line: location.line, column: location.column, reason: reason)
    }

    init(file: String, _ reason: Reason) {
        self.init(file: file, line: 0, column: 0, reason: reason)
    }

    /// `file:line:column: reason`, or `file: reason` when there is no place.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(reason)" : "\(file): \(reason)"
    }
}

/// A 1-based line and column in a template's source.
struct SourceLocation: Sendable, Equatable {
    let line: Int
    let column: Int
}
