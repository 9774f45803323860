import Domain
import Testing

@Suite struct ReportRoundingTests {
    static func percentage(_ numerator: Int, _ denominator: Int) -> ReportValue {
        ReportRow.ratio("m", group: .all, numerator: numerator, denominator: denominator, as: .percentage).value
    }

    static func mean(_ numerator: Int, _ denominator: Int) -> ReportValue {
        ReportRow.ratio("m", group: .all, numerator: numerator, denominator: denominator, as: .mean).value
    }

    @Test(arguments: [
        (1, 8, "12.5"), (1, 3, "33.3"), (2, 3, "66.7"), (1, 16, "6.3"), (-1, 16, "-6.3"), (1, 2000, "0.1"),
        (-1, 2000, "-0.1"), (1, 3000, "0.0"), (-1, 3000, "0.0"), (1, 1, "100.0"), (123_456, 1, "12345600.0"),
    ])
    func roundsPercentagesToOneDecimalHalfAwayFromZero(numerator: Int, denominator: Int, text: String) {
        #expect(Self.percentage(numerator, denominator).text == text)
    }

    @Test(arguments: [
        (5, 8, "0.63"), (1, 3, "0.33"), (2, 3, "0.67"), (-5, 8, "-0.63"), (3, 1, "3.00"), (1, 200, "0.01"),
        (2675, 1000, "2.68"), (-1, 300, "0.00"), (45, 10, "4.50"),
    ])
    func roundsMeansToTwoDecimalsHalfAwayFromZero(numerator: Int, denominator: Int, text: String) {
        #expect(Self.mean(numerator, denominator).text == text)
    }

    @Test func keepsTheRoundedNumberAsTheValue() {
        #expect(Self.percentage(1, 16) == .percentage(6.3))
        #expect(Self.mean(2675, 1000) == .mean(2.68))
    }

    @Test func leavesARatioOverZeroEmpty() {
        #expect(Self.percentage(3, 0) == .empty)
        #expect(Self.mean(0, 0).text == "")
    }
}
