import Domain
import Testing

@Suite struct CaseloadMetricsTests {
    /// Opened or closed on S, on E and on E + 1, and around them.
    static let report = ReportFixture.report(people: [
        ReportFixture.person(1, opened: "2024-07-01"),
        ReportFixture.person(2, opened: "2024-09-30"),
        ReportFixture.person(3, opened: "2024-10-01"),
        ReportFixture.person(4, closed: "2024-07-01"),
        ReportFixture.person(5, closed: "2024-09-30"),
        ReportFixture.person(6, closed: "2024-10-01"),
        ReportFixture.person(7, closed: "2024-06-30"),
        ReportFixture.person(8, opened: "2024-06-30"),
        ReportFixture.person(9, opened: nil),
    ])

    @Test(arguments: [
        ("caseload.supported_to_date", 7),
        ("caseload.open", 4),
        ("caseload.closed_to_date", 3),
        ("caseload.new_in_quarter", 2),
        ("caseload.closed_in_quarter", 2),
    ])
    func countsAsAtTheLastDayOfTheQuarter(metric: String, count: Int) {
        #expect(Self.report.value(metric) == .count(count))
        #expect(Self.report.fraction(metric) == [nil, nil])
    }
}
