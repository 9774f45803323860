/// What of the stored records the report can use at all, so the store that reads them can
/// leave the rest in the database: anything else handed over is ignored by `compute` anyway
/// (assessments dated after E, quarters no metric compares). At 10,000 people this halves the
/// accommodation and service-use rows read.
extension ReportInput {
    /// The support quarters whose accommodation records a metric reads: 1 and 4
    /// (`AccommodationMetrics`) and those of `AccommodationStability`.
    public static let accommodationQuartersRead = Set([1, 4] + AccommodationStability.quarters).sorted()

    /// The support quarters whose service-use records a metric reads (`ServiceUseMetrics`).
    public static let serviceUseQuartersRead = ServiceUseMetrics.quartersRead

    /// The last day an NDT Assessment or Star reading is read for `quarter`: its last day, E.
    public static func lastAssessmentDay(_ quarter: ReportQuarter) -> CalendarDate { quarter.lastDay }
}
