import Domain
import Testing

@Suite struct ServiceUseMetricsTests {
    static func record(_ id: Int64, _ quarter: Int, _ counts: [ServiceUseKind: Int]) -> ReportServiceUse {
        ReportServiceUse(personID: id, quarter: quarter, counts: counts)
    }

    /// Persons 1 and 2 are paired; person 3's quarter 4 ends a day after E, person 4 has no quarter 0.
    static let report = ReportFixture.report(
        people: [
            ReportFixture.person(1, opened: "2023-10-01"), ReportFixture.person(2),
            ReportFixture.person(3, opened: "2023-10-02"), ReportFixture.person(4),
        ],
        serviceUse: [
            record(1, 0, [.arrests: 4, .aeAttendances: 2]), record(1, 4, [.arrests: 1]),
            record(2, 0, [.arrests: 2]), record(2, 4, [.arrests: 2]),
            record(3, 0, [.arrests: 10]), record(3, 4, [:]),
            record(4, 1, [.arrests: 10]), record(4, 4, [:]),
        ])

    @Test(arguments: [
        ("service_use.mean.arrests.baseline", 3.0, 6),
        ("service_use.mean.arrests.q4", 1.5, 3),
        ("service_use.mean.ae_attendances.baseline", 1.0, 2),
        ("service_use.mean.ae_attendances.q4", 0.0, 0),
        ("service_use.mean.evictions.baseline", 0.0, 0),
    ])
    func averagesCountsOverThePeoplePaired(metric: String, mean: Double, sum: Int) {
        #expect(Self.report.value(metric) == .mean(mean))
        #expect(Self.report.fraction(metric) == [sum, 2])
    }

    @Test(arguments: [
        ("service_use.reduction.arrests", ReportValue.percentage(50.0), 3, 6),
        ("service_use.reduction.ae_attendances", ReportValue.percentage(100.0), 2, 2),
        ("service_use.reduction.evictions", ReportValue.empty, 0, 0),
    ])
    func reducesFromTheBaseline(metric: String, value: ReportValue, numerator: Int, denominator: Int) {
        #expect(Self.report.value(metric) == value)
        #expect(Self.report.fraction(metric) == [numerator, denominator])
    }
}
