/// The quarterly outcome report (REPORTS.md, "The quarterly report"), as at the quarter's last
/// day E: anything dated after E is ignored. The CSV and the HTML page both show these rows.
///
/// Rows are ordered by metric name, compared byte by byte (so `accommodation.mean_nights.…`
/// comes before `accommodation.rough_sleeping.change`, and `star.decreased.…` before
/// `star.increased.…`), then by group in `ReportGroup` order: `all`, `cambridgeshire`,
/// `peterborough`, then the Cambridgeshire districts. A sorted order needs no second list of
/// metrics to keep in step, and a reader finds a metric as in a dictionary; the outcomes
/// framework's metrics take their places in the same order. The `barriers.*` metrics have a
/// row for `all` only.
public struct QuarterlyReport: Sendable, Equatable {
    public var quarter: ReportQuarter
    /// Every row, in report order.
    public var rows: [ReportRow]

    public init(quarter: ReportQuarter, rows: [ReportRow]) {
        self.quarter = quarter
        self.rows = rows
    }

    /// Computes every metric for every group. Inputs are indexed by person once, so the work
    /// grows in step with the number of records.
    public static func compute(_ input: ReportInput) -> QuarterlyReport {
        let computation = ReportComputation(input)
        return computation.report(computation.firstHalf(), computation.secondHalf())
    }

    /// The row for `metric` and `group`, if the report has one.
    public func row(_ metric: String, group: ReportGroup = .all) -> ReportRow? {
        rows.first { $0.metric == metric && $0.group == group }
    }

    /// Report order: metric name byte by byte, then group.
    static func isOrderedBefore(_ lhs: ReportRow, _ rhs: ReportRow) -> Bool {
        if lhs.metric != rhs.metric { return lhs.metric.utf8.lexicographicallyPrecedes(rhs.metric.utf8) }
        return lhs.group < rhs.group
    }
}
