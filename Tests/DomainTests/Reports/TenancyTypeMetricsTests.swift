import Domain
import Testing

/// `accommodation.people.tenancy_social` / `tenancy_private`, over the people paired on
/// quarters 1 and 4 (2024Q3: quarter 4 has ended for people opened on or before 2023-10-01).
@Suite struct TenancyTypeMetricsTests {
    static func record(_ id: Int64, _ quarter: Int, own: Int, _ type: TenancyType?) -> ReportAccommodation {
        ReportAccommodation(personID: id, quarter: quarter, nights: [.ownTenancy: own, .roughSleeping: 92 - own], tenancyType: type)
    }

    /// | person | district     | q1                    | q4                          |
    /// |--------|--------------|-----------------------|-----------------------------|
    /// | 1      | Cambridge    | own 0, social (ignored) | own 80 social             |
    /// | 2      | Fenland      | own 30 private        | own 90 social               |
    /// | 3      | Peterborough | own 10, type unknown  | own 90 private              |
    /// | 4      | Cambridge    | own 50 social         | quarter 4 ends after E: out |
    static let report = ReportFixture.report(
        people: [
            ReportFixture.person(1), ReportFixture.person(2, .fenland), ReportFixture.person(3, .peterborough),
            ReportFixture.person(4, opened: "2023-10-02"),
        ],
        accommodation: [
            record(1, 1, own: 0, .social), record(1, 4, own: 80, .social), record(2, 1, own: 30, .private),
            record(2, 4, own: 90, .social), record(3, 1, own: 10, nil), record(3, 4, own: 90, .private),
            record(4, 1, own: 50, .social), record(4, 4, own: 50, .social),
        ])

    @Test(arguments: [
        ("accommodation.people.tenancy_social.q1", ReportGroup.all, 0, 3), ("accommodation.people.tenancy_private.q1", .all, 1, 3),
        ("accommodation.people.tenancy_social.q4", .all, 2, 3), ("accommodation.people.tenancy_private.q4", .all, 1, 3),
        ("accommodation.people.tenancy_social.q4", .cambridgeshire, 2, 2),
        ("accommodation.people.tenancy_private.q4", .peterborough, 1, 1),
        ("accommodation.people.tenancy_private.q1", .peterborough, 0, 1),
    ])
    func countsPeopleWithOwnTenancyNightsOfThatType(metric: String, group: ReportGroup, count: Int, people: Int) {
        #expect(Self.report.value(metric, group) == .count(count))
        #expect(Self.report.fraction(metric, group) == [count, people])
    }

    @Test func ownTenancyCountsEveryTypeIncludingUnknown() {
        #expect(Self.report.value("accommodation.people.own_tenancy.q1") == .count(2))
    }

    @Test func suppressesASmallCount() {
        #expect(Self.report.suppressed(below: 3).value("accommodation.people.tenancy_social.q4") == .empty)
        #expect(Self.report.suppressed(below: 3).value("accommodation.people.tenancy_social.q1") == .count(0))
    }
}
