import Domain
import Testing

/// The outcomes framework's accommodation metrics over the people paired on quarters 1 and 4
/// (2024Q3: E = 2024-09-30, so quarter 4 has ended for people opened on or before 2023-10-01).
@Suite struct AccommodationOutcomeTests {
    static func record(_ id: Int64, _ quarter: Int, _ nights: [AccommodationSetting: Int]) -> ReportAccommodation {
        ReportAccommodation(personID: id, quarter: quarter, nights: nights)
    }

    /// Paired: 1 (Cambridge, quarter 4 ends on E), 2 (Fenland) and 3 (Peterborough). Person 4's
    /// quarter 4 ends the day after E and person 5 has no quarter 4 record: both left out.
    ///
    /// | person | quarter 1                                 | quarter 4                      |
    /// |--------|-------------------------------------------|--------------------------------|
    /// | 1      | rough 10, night shelter 5, hospital 3     | own tenancy 80, supported 5    |
    /// | 2      | rough 30, B&B or hostel 20, prison 10     | family or friends 60, rough 2  |
    /// | 3      | supported 40                              | supported 90                   |
    ///
    /// In accommodation (all but rough, prison, hospital): q1 5 + 20 + 40 = 65, q4 85 + 60 + 90 = 235.
    static let report = ReportFixture.report(
        people: [
            ReportFixture.person(1, opened: "2023-10-01"), ReportFixture.person(2, .fenland),
            ReportFixture.person(3, .peterborough), ReportFixture.person(4, opened: "2023-10-02"),
            ReportFixture.person(5, .peterborough),
        ],
        accommodation: [
            record(1, 1, [.roughSleeping: 10, .nightShelter: 5, .hospital: 3]),
            record(1, 4, [.ownTenancy: 80, .supportedAccommodation: 5]),
            record(2, 1, [.roughSleeping: 30, .bedAndBreakfastOrHostel: 20, .prison: 10]),
            record(2, 4, [.livingWithFamilyOrFriends: 60, .roughSleeping: 2]),
            record(3, 1, [.supportedAccommodation: 40]), record(3, 4, [.supportedAccommodation: 90]),
            record(4, 1, [.roughSleeping: 50]), record(4, 4, [.ownTenancy: 92]),
            record(5, 1, [.roughSleeping: 60]),
        ])

    @Test(arguments: [
        ("accommodation.people.rough_sleeping.q1", 2), ("accommodation.people.rough_sleeping.q4", 1),
        ("accommodation.people.night_shelter.q1", 1), ("accommodation.people.night_shelter.q4", 0),
        ("accommodation.people.bed_and_breakfast_or_hostel.q1", 1),
        ("accommodation.people.supported_accommodation.q1", 1), ("accommodation.people.supported_accommodation.q4", 2),
        ("accommodation.people.living_with_family_or_friends.q4", 1),
        ("accommodation.people.own_tenancy.q1", 0), ("accommodation.people.own_tenancy.q4", 1),
        ("accommodation.people.prison.q1", 1), ("accommodation.people.hospital.q1", 1), ("accommodation.people.hospital.q4", 0),
        // Temporary: 1 (night shelter), 2 (B&B or hostel), 3 (supported) in q1; 1 and 3 (supported) in q4.
        ("accommodation.people.temporary.q1", 3), ("accommodation.people.temporary.q4", 2),
    ])
    func countsPeopleWithNightsInEachSettingOutOfThePeoplePaired(metric: String, count: Int) {
        #expect(Self.report.value(metric) == .count(count))
        #expect(Self.report.fraction(metric) == [count, 3])
    }

    @Test func countsEachCountyOverItsOwnPeople() {
        #expect(Self.report.fraction("accommodation.people.temporary.q4", .cambridgeshire) == [1, 2])
        #expect(Self.report.fraction("accommodation.people.temporary.q4", .peterborough) == [1, 1])
        #expect(Self.report.value("accommodation.people.temporary.q4", .eastCambridgeshire) == .count(0))
        #expect(Self.report.fraction("accommodation.people.temporary.q4", .eastCambridgeshire) == [0, 0])
    }

    @Test func averagesNightsInAccommodation() {
        // 65 ÷ 3 = 21.666… and 235 ÷ 3 = 78.333…
        #expect(Self.report.value("accommodation.mean_nights.in_accommodation.q1") == .mean(21.67))
        #expect(Self.report.fraction("accommodation.mean_nights.in_accommodation.q1") == [65, 3])
        #expect(Self.report.value("accommodation.mean_nights.in_accommodation.q4") == .mean(78.33))
        #expect(Self.report.fraction("accommodation.mean_nights.in_accommodation.q4") == [235, 3])
    }

    /// The change is worked from the unrounded means: (235 − 65) ÷ 3 = 56.666… → 56.67, where the
    /// rounded means would give 78.33 − 21.67 = 56.66; rough sleeping (2 − 40) ÷ 3 → −12.67, not −12.66.
    @Test(arguments: [
        ("in_accommodation", ReportGroup.all, ReportValue.mean(56.67), 170, 3),
        ("rough_sleeping", .all, .mean(-12.67), -38, 3),
        ("prison", .all, .mean(-3.33), -10, 3),
        ("hospital", .all, .mean(-1.0), -3, 3),
        ("own_tenancy", .all, .mean(26.67), 80, 3),
        ("night_shelter", .all, .mean(-1.67), -5, 3),
        ("in_accommodation", .cambridgeshire, .mean(60.0), 120, 2),
        ("in_accommodation", .peterborough, .mean(50.0), 50, 1),
        ("in_accommodation", .southCambridgeshire, .empty, 0, 0),
    ])
    func changesTheMeanNightsFromQuarter1ToQuarter4(
        setting: String, group: ReportGroup, value: ReportValue, numerator: Int, denominator: Int
    ) {
        #expect(Self.report.value("accommodation.mean_nights_change.\(setting)", group) == value)
        #expect(Self.report.fraction("accommodation.mean_nights_change.\(setting)", group) == [numerator, denominator])
    }

    @Test func keepsTheOriginalRoughSleepingFigures() {
        #expect(Self.report.value("accommodation.rough_sleeping.q1") == .count(2))
        #expect(Self.report.value("accommodation.rough_sleeping.change") == .percentage(-50.0))
        #expect(Self.report.value("accommodation.mean_nights.rough_sleeping.q1") == .mean(13.33))
    }

    /// Ten people paired; one spent 2 nights in hospital in quarter 1, nobody any in quarter 4, and
    /// two slept rough in quarter 1. Below 3, the 2 nights and the 2 people are suppressed, and so
    /// is the change worked out from them (−2, which alone would be shown).
    @Test func suppressesCountsOutOfPeopleAndChangesFromSmallSums() {
        let people = (1...10).map { ReportFixture.person($0) }
        let records = (Int64(1)...10).flatMap { id -> [ReportAccommodation] in
            [
                Self.record(id, 1, [.hospital: id == 1 ? 2 : 0, .roughSleeping: id <= 2 ? 5 : 0, .ownTenancy: 10]),
                Self.record(id, 4, [.ownTenancy: 20]),
            ]
        }
        let report = ReportFixture.report(people: people, accommodation: records).suppressed(below: 3)
        #expect(report.fraction("accommodation.mean_nights.hospital.q1") == [nil, 10])
        #expect(report.value("accommodation.mean_nights_change.hospital") == .empty)
        #expect(report.fraction("accommodation.mean_nights_change.hospital") == [nil, 10])
        #expect(report.value("accommodation.people.rough_sleeping.q1") == .empty)
        #expect(report.fraction("accommodation.people.rough_sleeping.q1") == [nil, 10])
        #expect(report.value("accommodation.people.own_tenancy.q1") == .count(10))
        #expect(report.value("accommodation.mean_nights_change.own_tenancy") == .mean(10.0))
    }
}
