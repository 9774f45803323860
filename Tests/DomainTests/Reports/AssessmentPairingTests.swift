import Domain
import Testing

/// Pairing is checked through `ndt.pairs` and the NDT housing reduction, whose value shows
/// which follow-up was chosen: the baseline rates housing 4, each follow-up a different rating.
@Suite struct AssessmentPairingTests {
    static let baseline = ReportFixture.day("2023-01-01")

    /// An NDT assessment of person 1, `offset` days after the baseline, rating housing `housing`.
    static func assessment(_ offset: Int, housing: Int) -> ReportNDT {
        ReportNDT(
            personID: 1, assessedOn: baseline.adding(days: offset),
            ratings: Dictionary(uniqueKeysWithValues: NDTItem.allCases.map { ($0, $0 == .housing ? housing : 0) }))
    }

    static func report(_ assessments: [ReportNDT]) -> QuarterlyReport {
        ReportFixture.report(people: [ReportFixture.person(1)], ndt: assessments)
    }

    @Test(arguments: [(272, 0), (273, 1), (456, 1), (457, 0)])
    func pairsAFollowUpFrom273To456DaysAfterTheBaseline(offset: Int, pairs: Int) {
        let report = Self.report([Self.assessment(0, housing: 4), Self.assessment(offset, housing: 2)])
        #expect(report.value("ndt.pairs") == .count(pairs))
    }

    @Test func prefersTheFollowUpClosestTo365Days() {
        let report = Self.report([
            Self.assessment(0, housing: 4), Self.assessment(372, housing: 3), Self.assessment(360, housing: 1),
            Self.assessment(300, housing: 0),
        ])
        #expect(report.value("ndt.reduction.housing") == .percentage(75.0))
    }

    @Test func breaksATieInDistanceWithTheLaterFollowUp() {
        let report = Self.report([
            Self.assessment(375, housing: 0), Self.assessment(0, housing: 4), Self.assessment(355, housing: 2),
        ])
        #expect(report.value("ndt.reduction.housing") == .percentage(100.0))
    }

    @Test func takesTheEarliestAssessmentAsTheBaseline() {
        let report = Self.report([
            Self.assessment(365, housing: 1), Self.assessment(0, housing: 4), Self.assessment(30, housing: 2),
        ])
        #expect(report.value("ndt.reduction.housing") == .percentage(75.0))
        #expect(report.fraction("ndt.reduction.housing") == [3, 4])
    }

    @Test func leavesOutAPersonWithoutAFollowUp() {
        let report = ReportFixture.report(
            people: [ReportFixture.person(1), ReportFixture.person(2)],
            ndt: [
                Self.assessment(0, housing: 4), Self.assessment(365, housing: 2),
                ReportNDT(personID: 2, assessedOn: Self.baseline, ratings: [.housing: 4]),
            ])
        #expect(report.value("ndt.pairs") == .count(1))
        #expect(report.fraction("ndt.reduction.housing") == [2, 4])
    }

    @Test func ignoresAssessmentsAfterTheLastDay() {
        let report = ReportFixture.report(
            people: [ReportFixture.person(1), ReportFixture.person(2)],
            ndt: [
                ReportFixture.ndt(1, "2023-10-15", [.housing: 4]),
                ReportFixture.ndt(1, "2024-09-30", [.housing: 2]),
                ReportFixture.ndt(1, "2024-10-14", [.housing: 0]),
                ReportFixture.ndt(2, "2024-10-01", [.housing: 4]),
                ReportFixture.ndt(2, "2025-10-01", [.housing: 0]),
            ])
        #expect(report.value("ndt.pairs") == .count(1))
        #expect(report.value("ndt.reduction.housing") == .percentage(50.0))
    }

    @Test func ignoresAFollowUpOnlyAfterTheLastDay() {
        let report = Self.report([
            ReportFixture.ndt(1, "2023-10-01", [.housing: 4]), ReportFixture.ndt(1, "2024-10-01", [.housing: 0]),
        ])
        #expect(report.value("ndt.pairs") == .count(0))
        #expect(report.value("ndt.reduction.housing") == .empty)
    }
}
