import Domain
import Testing

@Suite struct StarMetricsTests {
    /// Four pairs whose motivation goes 2 → 3, 4 → 3, 6 → 10 and 7 → 7; every other area stays at 5.
    /// A fifth person's follow-up uses another Star, so is never paired.
    static let report = ReportFixture.report(
        people: (1...5).map { ReportFixture.person($0) },
        star: [
            ReportFixture.star(1, "2023-06-01", [.motivation: 2]), ReportFixture.star(1, "2024-06-01", [.motivation: 3]),
            ReportFixture.star(2, "2023-06-01", [.motivation: 4]), ReportFixture.star(2, "2024-06-01", [.motivation: 3]),
            ReportFixture.star(3, "2023-06-01", [.motivation: 6]), ReportFixture.star(3, "2024-06-01", [.motivation: 10]),
            ReportFixture.star(4, "2023-06-01", [.motivation: 7]), ReportFixture.star(4, "2024-06-01", [.motivation: 7]),
            ReportFixture.star(5, "2023-06-01", [.motivation: 1]),
            ReportFixture.star(5, "2024-06-01", [.motivation: 9], version: "home-star-2022"),
        ])

    @Test func countsPeopleWithABaselineAndFollowUpOfStar31() {
        #expect(Self.report.value("star.pairs") == .count(4))
    }

    @Test(arguments: [
        ("star.increased.motivation", 50.0, 2),
        ("star.stable.motivation", 25.0, 1),
        ("star.decreased.motivation", 25.0, 1),
        ("star.stage_up.motivation", 50.0, 2),
        ("star.stable.tenancy", 100.0, 4),
        ("star.increased.tenancy", 0.0, 0),
        // Increased (2 → 3, 6 → 10) or stable (7 → 7): 3 of 4; every tenancy score stayed at 5.
        ("star.increased_or_stable.motivation", 75.0, 3),
        ("star.increased_or_stable.tenancy", 100.0, 4),
    ])
    func sharesPairsByDirectionOfChange(metric: String, percentage: Double, numerator: Int) {
        #expect(Self.report.value(metric) == .percentage(percentage))
        #expect(Self.report.fraction(metric) == [numerator, 4])
    }

    @Test func averagesTheChangeInEachArea() {
        #expect(Self.report.value("star.mean_change.motivation") == .mean(1.0))
        #expect(Self.report.fraction("star.mean_change.motivation") == [4, 4])
        #expect(Self.report.value("star.mean_change.offending") == .mean(0.0))
    }

    @Test func leavesIncreasedOrStableEmptyWhereNobodyIsPaired() {
        #expect(Self.report.value("star.increased_or_stable.motivation", .peterborough) == .empty)
        #expect(Self.report.fraction("star.increased_or_stable.motivation", .peterborough) == [0, 0])
    }
}
