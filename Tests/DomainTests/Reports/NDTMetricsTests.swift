import Domain
import Testing

@Suite struct NDTMetricsTests {
    /// Person 1 goes from risk to others 2, risk from others 3, housing 4 to 1, 0, 2; person 2
    /// from nothing to risk to others 1, housing 1. Weighted, the risk items count double.
    static let report = ReportFixture.report(
        people: [ReportFixture.person(1), ReportFixture.person(2, .peterborough)],
        ndt: [
            ReportFixture.ndt(1, "2023-06-01", [.riskToOthers: 2, .riskFromOthers: 3, .housing: 4]),
            ReportFixture.ndt(1, "2024-06-01", [.riskToOthers: 1, .housing: 2]),
            ReportFixture.ndt(2, "2023-06-01"),
            ReportFixture.ndt(2, "2024-06-01", [.riskToOthers: 1, .housing: 1]),
        ])

    @Test(arguments: [
        ("ndt.reduction.risk_to_others", 0.0, 0, 4),
        ("ndt.reduction.risk_from_others", 100.0, 6, 6),
        ("ndt.reduction.housing", 25.0, 1, 4),
        ("ndt.reduction.total", 50.0, 7, 14),
    ])
    func reducesWeightedScoresOverAllPairs(metric: String, percentage: Double, numerator: Int, denominator: Int) {
        #expect(Self.report.value("ndt.pairs") == .count(2))
        #expect(Self.report.value(metric) == .percentage(percentage))
        #expect(Self.report.fraction(metric) == [numerator, denominator])
    }

    @Test func leavesAnItemEmptyWhereTheBaselineSumIsZero() {
        #expect(Self.report.value("ndt.reduction.engagement") == .empty)
        #expect(Self.report.fraction("ndt.reduction.engagement") == [0, 0])
        #expect(Self.report.value("ndt.reduction.total", .peterborough) == .empty)
    }

    @Test func keepsTheNumeratorWhenTheBaselineSumIsZero() {
        #expect(Self.report.value("ndt.reduction.risk_to_others", .peterborough) == .empty)
        #expect(Self.report.fraction("ndt.reduction.total", .peterborough) == [-3, 0])
    }

    @Test func reportsAnIncreaseAsANegativeReduction() {
        let report = ReportFixture.report(
            people: [ReportFixture.person(1)],
            ndt: [ReportFixture.ndt(1, "2023-06-01", [.stress: 2]), ReportFixture.ndt(1, "2024-06-01", [.stress: 3])])
        #expect(report.value("ndt.reduction.stress") == .percentage(-50.0))
        #expect(report.fraction("ndt.reduction.stress") == [-1, 2])
    }
}
