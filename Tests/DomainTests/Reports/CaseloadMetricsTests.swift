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

    /// Referral to opening, for people opened in the quarter (S = 2024-07-01, E = 2024-09-30):
    /// 1 waited 30 days, 2 exactly 14 (not over), 3 waited 15, 4's referral date is unknown,
    /// 5 opened before S, 6 after E, and 7 (Peterborough) was opened the day of referral.
    /// Over 14 days: 1 and 3 of the four counted (1, 2, 3, 7); in Cambridgeshire 2 of 3.
    static let waits = ReportFixture.report(people: [
        ReportPerson(id: 1, district: .cambridge, openedOn: ReportFixture.day("2024-07-01"), referredOn: ReportFixture.day("2024-06-01")),
        ReportPerson(id: 2, district: .cambridge, openedOn: ReportFixture.day("2024-07-15"), referredOn: ReportFixture.day("2024-07-01")),
        ReportPerson(id: 3, district: .huntingdonshire, openedOn: ReportFixture.day("2024-07-16"), referredOn: ReportFixture.day("2024-07-01")),
        ReportPerson(id: 4, district: .cambridge, openedOn: ReportFixture.day("2024-08-01")),
        ReportPerson(id: 5, district: .cambridge, openedOn: ReportFixture.day("2024-06-30"), referredOn: ReportFixture.day("2024-01-01")),
        ReportPerson(id: 6, district: .cambridge, openedOn: ReportFixture.day("2024-10-01"), referredOn: ReportFixture.day("2024-09-01")),
        ReportPerson(id: 7, district: .peterborough, openedOn: ReportFixture.day("2024-09-30"), referredOn: ReportFixture.day("2024-09-30")),
    ])

    @Test(arguments: [
        (ReportGroup.all, ReportValue.percentage(50.0), 2, 4),
        (.cambridgeshire, .percentage(66.7), 2, 3),
        (.peterborough, .percentage(0.0), 0, 1),
        (.huntingdonshire, .percentage(100.0), 1, 1),
        (.fenland, .empty, 0, 0),
    ])
    func sharesPeopleOpenedMoreThan14DaysAfterReferral(group: ReportGroup, value: ReportValue, numerator: Int, denominator: Int) {
        #expect(Self.waits.value("caseload.waited_over_14_days", group) == value)
        #expect(Self.waits.fraction("caseload.waited_over_14_days", group) == [numerator, denominator])
    }
}
