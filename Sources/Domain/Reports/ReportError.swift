/// Why a report could not be made; the message is safe to show on the command line.
///
/// Kept beside the report rather than in `DomainError`, whose cases are rules of the approach;
/// fold it in there if one error type per module is preferred.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not a calendar quarter written `YYYYQn`.
    case invalidQuarter(String)

    public var description: String {
        switch self {
        case .invalidQuarter(let text):
            "\"\(text.prefix(40))\" is not a quarter: write the year and quarter as YYYYQn, for example 2024Q3."
        }
    }
}
