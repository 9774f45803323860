import Domain
import Testing

@Suite struct AccommodationMetricsTests {
    static func record(_ id: Int64, _ quarter: Int, _ nights: [AccommodationSetting: Int]) -> ReportAccommodation {
        ReportAccommodation(personID: id, quarter: quarter, nights: nights)
    }

    /// Person 1's quarter 4 ends exactly on E (opened 2023-10-01); person 4's a day later, so
    /// it is left out, as is person 5 with no quarter 4.
    static let report = ReportFixture.report(
        people: [
            ReportFixture.person(1, opened: "2023-10-01"), ReportFixture.person(2), ReportFixture.person(3),
            ReportFixture.person(4, opened: "2023-10-02"), ReportFixture.person(5),
        ],
        accommodation: [
            record(1, 1, [.roughSleeping: 10]), record(1, 4, [.ownTenancy: 80]),
            record(2, 1, [.roughSleeping: 20]), record(2, 4, [.roughSleeping: 5, .nightShelter: 3]),
            record(3, 1, [.hospital: 7]), record(3, 4, [:]),
            record(4, 1, [.roughSleeping: 30]), record(4, 4, [.roughSleeping: 30]),
            record(5, 1, [.roughSleeping: 30]),
        ])

    @Test func countsPeopleSleepingRoughInQuarters1And4() {
        #expect(Self.report.value("accommodation.rough_sleeping.q1") == .count(2))
        #expect(Self.report.value("accommodation.rough_sleeping.q4") == .count(1))
    }

    @Test func changesTheCountAsAPercentageOfQuarter1() {
        #expect(Self.report.value("accommodation.rough_sleeping.change") == .percentage(-50.0))
        #expect(Self.report.fraction("accommodation.rough_sleeping.change") == [-1, 2])
    }

    @Test func sharesTheCountsOverThePeoplePaired() {
        #expect(Self.report.value("accommodation.rough_sleeping_share.q1") == .percentage(66.7))
        #expect(Self.report.fraction("accommodation.rough_sleeping_share.q1") == [2, 3])
        #expect(Self.report.value("accommodation.rough_sleeping_share.q4") == .percentage(33.3))
    }

    @Test(arguments: [
        ("accommodation.mean_nights.rough_sleeping.q1", 10.0, 30),
        ("accommodation.mean_nights.rough_sleeping.q4", 1.67, 5),
        ("accommodation.mean_nights.own_tenancy.q4", 26.67, 80),
        ("accommodation.mean_nights.hospital.q1", 2.33, 7),
        ("accommodation.mean_nights.night_shelter.q4", 1.0, 3),
        ("accommodation.mean_nights.prison.q1", 0.0, 0),
    ])
    func averagesNightsPerSetting(metric: String, mean: Double, nights: Int) {
        #expect(Self.report.value(metric) == .mean(mean))
        #expect(Self.report.fraction(metric) == [nights, 3])
    }

    @Test func leavesTheChangeEmptyWhenNobodySleptRoughInQuarter1() {
        #expect(Self.report.value("accommodation.rough_sleeping.change", .peterborough) == .empty)
        #expect(Self.report.value("accommodation.rough_sleeping.q1", .peterborough) == .count(0))
    }
}
