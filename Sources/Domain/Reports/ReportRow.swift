/// One line of the report: a metric for a group, with the numerator and denominator of every
/// ratio (percentages and means) so nobody has to trust the rounding.
public struct ReportRow: Sendable, Equatable {
    /// How a ratio is shown.
    public enum RatioKind: Sendable {
        /// numerator ÷ denominator × 100, to 1 decimal place.
        case percentage
        /// numerator ÷ denominator, to 2 decimal places.
        case mean
    }

    /// The metric's name as REPORTS.md writes it, with the slug of its area, item, setting or kind.
    public var metric: String
    public var group: ReportGroup
    /// The count, rounded ratio, or empty.
    public var value: ReportValue
    /// A ratio's numerator; nil for a count, or when suppressed.
    public var numerator: Int?
    /// A ratio's denominator; nil for a count, or when suppressed.
    public var denominator: Int?
    /// Other reported numbers the numerator was computed from (the q4 count behind the change
    /// in rough sleeping), so that suppressing one of them empties the numerator and value too.
    var sources: [Int] = []

    public init(metric: String, group: ReportGroup, value: ReportValue, numerator: Int? = nil, denominator: Int? = nil) {
        self.metric = metric
        self.group = group
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
    }

    /// A count, with no numerator or denominator.
    public static func count(_ metric: String, group: ReportGroup, _ count: Int) -> ReportRow {
        ReportRow(metric: metric, group: group, value: .count(count))
    }

    /// A count of people out of a denominator (`accommodation.people.…`): the value is the count,
    /// and the numerator and denominator are filled so the share can be worked out.
    public static func count(_ metric: String, group: ReportGroup, _ count: Int, outOf denominator: Int) -> ReportRow {
        ReportRow(metric: metric, group: group, value: .count(count), numerator: count, denominator: denominator)
    }

    /// A ratio, rounded half away from zero; an empty value when the denominator is 0.
    public static func ratio(
        _ metric: String, group: ReportGroup, numerator: Int, denominator: Int, as kind: RatioKind
    ) -> ReportRow {
        let value: ReportValue =
            switch kind {
            case _ where denominator == 0: .empty
            case .percentage: .percentage(ReportRounding.ratio(numerator, denominator, times: 100, decimals: 1))
            case .mean: .mean(ReportRounding.ratio(numerator, denominator, times: 1, decimals: 2))
            }
        return ReportRow(metric: metric, group: group, value: value, numerator: numerator, denominator: denominator)
    }
}
