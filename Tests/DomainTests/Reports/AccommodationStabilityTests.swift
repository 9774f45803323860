import Domain
import Testing

/// `accommodation.stable.qK`. In 2024Q3 (E = 2024-09-30) support quarter K has ended for people
/// opened on or before: K = 1, 2024-07-01; K = 2, 2024-04-01; K = 4, 2023-10-01; K = 6, 2023-04-01.
@Suite struct AccommodationStabilityTests {
    static func record(_ id: Int64, _ quarter: Int, _ nights: [AccommodationSetting: Int]) -> ReportAccommodation {
        ReportAccommodation(personID: id, quarter: quarter, nights: nights)
    }

    /// 1 (Cambridge): quarter 1 ends on E; own tenancy 46 nights, exactly enough.
    /// 2 (Cambridge): quarter 1 ends the day after E, so their 92 nights are left out.
    /// 3 (Peterborough): q1 supported 20 + family 25 = 45, one short; q2 supported 30 + family 10
    ///   + own tenancy 6 = 46, stable.
    /// 4 (Fenland): no q1 or q2 record; q4 in a B&B (not settled); q6 own tenancy 91, stable.
    /// 5 (Peterborough): q4 recorded twice, the later record (family 10) replacing own tenancy 92;
    ///   q6 ends the day after E.
    /// 6 (Cambridge): never opened, so no quarter of theirs has ended.
    static let report = ReportFixture.report(
        people: [
            ReportFixture.person(1, opened: "2024-07-01"), ReportFixture.person(2, opened: "2024-07-02"),
            ReportFixture.person(3, .peterborough, opened: "2024-04-01"), ReportFixture.person(4, .fenland, opened: "2023-04-01"),
            ReportFixture.person(5, .peterborough, opened: "2023-04-02"), ReportFixture.person(6, opened: nil),
        ],
        accommodation: [
            record(1, 1, [.ownTenancy: 46]),
            record(2, 1, [.ownTenancy: 92]),
            record(3, 1, [.supportedAccommodation: 20, .livingWithFamilyOrFriends: 25]),
            record(3, 2, [.supportedAccommodation: 30, .livingWithFamilyOrFriends: 10, .ownTenancy: 6]),
            record(4, 4, [.bedAndBreakfastOrHostel: 92]), record(4, 6, [.ownTenancy: 91]),
            record(5, 4, [.ownTenancy: 92]), record(5, 4, [.livingWithFamilyOrFriends: 10]), record(5, 6, [.ownTenancy: 92]),
            record(6, 1, [.ownTenancy: 92]),
        ])

    @Test(arguments: [
        ("accommodation.stable.q1", ReportGroup.all, ReportValue.percentage(50.0), 1, 2),
        ("accommodation.stable.q1", .cambridgeshire, .percentage(100.0), 1, 1),
        ("accommodation.stable.q1", .peterborough, .percentage(0.0), 0, 1),
        ("accommodation.stable.q2", .all, .percentage(100.0), 1, 1),
        ("accommodation.stable.q2", .cambridgeshire, .empty, 0, 0),
        ("accommodation.stable.q4", .all, .percentage(0.0), 0, 2),
        ("accommodation.stable.q6", .all, .percentage(100.0), 1, 1),
        ("accommodation.stable.q6", .peterborough, .empty, 0, 0),
    ])
    func sharesPeopleInSettledAccommodationForHalfTheQuarter(
        metric: String, group: ReportGroup, value: ReportValue, numerator: Int, denominator: Int
    ) {
        #expect(Self.report.value(metric, group) == value)
        #expect(Self.report.fraction(metric, group) == [numerator, denominator])
    }

    @Test func reportsOnlyQuarters1246() {
        let stable = Set(Self.report.rows.map(\.metric).filter { $0.hasPrefix("accommodation.stable.") })
        #expect(stable == ["accommodation.stable.q1", "accommodation.stable.q2", "accommodation.stable.q4", "accommodation.stable.q6"])
    }
}
