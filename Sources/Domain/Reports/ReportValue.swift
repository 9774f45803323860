/// A report row's value: a count, a percentage rounded to 1 decimal place, a mean rounded to 2,
/// or empty (a denominator of 0, or suppressed).
public enum ReportValue: Sendable, Equatable {
    case count(Int)
    case percentage(Double)
    case mean(Double)
    case empty

    /// As written in the CSV and on the page: "12", "12.5", "3.00", or "" when empty.
    public var text: String {
        switch self {
        case .count(let count): String(count)
        case .percentage(let value): ReportRounding.text(value, decimals: 1)
        case .mean(let value): ReportRounding.text(value, decimals: 2)
        case .empty: ""
        }
    }

    /// Whether the value is left empty.
    public var isEmpty: Bool { self == .empty }
}
