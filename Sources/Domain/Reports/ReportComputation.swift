/// The quarterly report's computation in two halves of about equal cost that share nothing
/// mutable: `QuarterlyReport.compute` runs them in turn, and a caller with two cores may run
/// them side by side (the report page's cache does) and get the same report.
public struct ReportComputation: Sendable {
    private let input: ReportInput
    private let index: ReportIndex

    /// Indexes the input by person, once for both halves.
    public init(_ input: ReportInput) {
        self.input = input
        index = ReportIndex(input)
    }

    /// Caseload, network, Star, NDT and barrier rows.
    public func firstHalf() -> [ReportRow] {
        var builder = RowBuilder()
        CaseloadMetrics.add(to: &builder, index: index)
        NetworkMetrics.add(to: &builder, index: index, links: input.links)
        StarMetrics.add(to: &builder, index: index, readings: input.star)
        NDTMetrics.add(to: &builder, index: index, assessments: input.ndt)
        BarrierMetrics.add(to: &builder, index: index, barriers: input.barriers)
        return builder.rows
    }

    /// Accommodation, stable housing, service use, survey and training rows.
    public func secondHalf() -> [ReportRow] {
        var builder = RowBuilder()
        AccommodationMetrics.add(to: &builder, index: index, records: input.accommodation)
        AccommodationStability.add(to: &builder, index: index, records: input.accommodation)
        ServiceUseMetrics.add(to: &builder, index: index, records: input.serviceUse)
        SurveyMetrics.add(to: &builder, index: index, surveys: input.surveys)
        TrainingMetrics.add(to: &builder, index: index, input: input)
        return builder.rows
    }

    /// The report from both halves' rows, in report order.
    public func report(_ first: [ReportRow], _ second: [ReportRow]) -> QuarterlyReport {
        QuarterlyReport(quarter: input.quarter, rows: (first + second).sorted(by: QuarterlyReport.isOrderedBefore))
    }
}
