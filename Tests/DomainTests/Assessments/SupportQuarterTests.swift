import Domain
import Testing

@Suite struct SupportQuarterTests {
    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test(arguments: [
        ("2024-01-31", 0, "2023-10-31", "2024-01-30"),
        ("2024-01-31", 1, "2024-01-31", "2024-04-29"),
        ("2024-01-31", 2, "2024-04-30", "2024-07-30"),
        ("2024-01-31", 3, "2024-07-31", "2024-10-30"),
        ("2024-01-31", 4, "2024-10-31", "2025-01-30"),
        ("2024-02-29", 0, "2023-11-29", "2024-02-28"),
        ("2024-02-29", 1, "2024-02-29", "2024-05-28"),
        ("2024-02-29", 4, "2024-11-29", "2025-02-27"),
        ("2024-02-29", 5, "2025-02-28", "2025-05-28"),
        ("2024-11-30", 0, "2024-08-30", "2024-11-29"),
        ("2024-11-30", 1, "2024-11-30", "2025-02-27"),
        ("2024-11-30", 2, "2025-02-28", "2025-05-29"),
        ("2023-12-31", 0, "2023-09-30", "2023-12-30"),
        ("2023-12-31", 1, "2023-12-31", "2024-03-30"),
        ("2024-10-01", 1, "2024-10-01", "2024-12-31"),
        ("2024-10-01", 2, "2025-01-01", "2025-03-31"),
        ("2025-05-31", 0, "2025-02-28", "2025-05-30"),
    ])
    func findsEachQuartersFirstAndLastDays(openedOn: String, quarter: Int, first: String, last: String) {
        let support = SupportQuarter(openedOn: Self.date(openedOn))
        #expect(support.range(quarter) == Self.date(first)...Self.date(last))
    }

    @Test(arguments: [
        ("2024-10-01", 1, 92), ("2024-10-01", 2, 90), ("2025-10-01", 2, 90), ("2023-10-01", 2, 91),
        ("2024-11-30", 1, 90), ("2024-11-30", 0, 92), ("2024-01-31", 1, 90),
    ])
    func countsTheDaysInAQuarter(openedOn: String, quarter: Int, days: Int) {
        #expect(SupportQuarter(openedOn: Self.date(openedOn)).days(quarter) == days)
    }

    @Test(arguments: ["2024-01-31", "2024-02-29", "2024-11-30", "2023-12-31", "2025-08-31", "2024-05-31", "2025-03-01"])
    func quartersFollowOnWithoutGapsOrOverlaps(openedOn: String) {
        let support = SupportQuarter(openedOn: Self.date(openedOn))
        #expect(support.range(1).lowerBound == Self.date(openedOn))
        for n in 0..<12 {
            #expect(support.range(n + 1).lowerBound == support.range(n).upperBound.adding(days: 1))
            #expect((89...92).contains(support.days(n)))
        }
    }

    @Test(arguments: ["2024-01-31", "2024-02-29", "2024-11-30", "2023-12-31"])
    func placesEveryDayInItsQuarter(openedOn: String) {
        let support = SupportQuarter(openedOn: Self.date(openedOn))
        for n in 0..<9 {
            let range = support.range(n)
            #expect(support.quarter(containing: range.lowerBound) == n)
            #expect(support.quarter(containing: range.upperBound) == n)
            #expect(support.quarter(containing: range.lowerBound.adding(days: 45)) == n)
        }
        #expect(support.quarter(containing: support.range(0).lowerBound.adding(days: -1)) == nil)
    }

    @Test func quarterZeroIsTheThreeMonthsBeforeSupport() {
        let support = SupportQuarter(openedOn: Self.date("2025-04-15"))
        #expect(support.range(0) == Self.date("2025-01-15")...Self.date("2025-04-14"))
        #expect(support.quarter(containing: Self.date("2025-04-14")) == 0)
        #expect(support.quarter(containing: Self.date("2025-04-15")) == 1)
        #expect(SupportQuarter.title(0) == "Before support")
    }

    @Test func quarterFourHasEndedOnTheDayBeforeTwelveMonths() {
        let openedOn = Self.date("2024-01-31")
        let support = SupportQuarter(openedOn: openedOn)
        let lastDay = openedOn.adding(months: 12).adding(days: -1)
        #expect(lastDay == Self.date("2025-01-30"))
        #expect(!support.hasEnded(4, asAt: lastDay.adding(days: -1)))
        #expect(support.hasEnded(4, asAt: lastDay))
        #expect(support.hasEnded(4, asAt: Self.date("2025-03-31")))
    }

    @Test func quarterFourFromLeapDayEndsOnTwentySeventhFebruary() {
        let support = SupportQuarter(openedOn: Self.date("2024-02-29"))
        #expect(!support.hasEnded(4, asAt: Self.date("2025-02-26")))
        #expect(support.hasEnded(4, asAt: Self.date("2025-02-27")))
    }

    @Test func quarterZeroHasEndedOnceSupportOpens() {
        let support = SupportQuarter(openedOn: Self.date("2025-01-01"))
        #expect(!support.hasEnded(0, asAt: Self.date("2024-12-30")))
        #expect(support.hasEnded(0, asAt: Self.date("2024-12-31")))
        #expect(support.hasStarted(0, asAt: Self.date("2024-10-01")))
        #expect(!support.hasStarted(1, asAt: Self.date("2024-12-31")))
    }

    @Test func describesAQuarterWithItsDates() {
        let support = SupportQuarter(openedOn: Self.date("2025-04-01"))
        #expect(support.describe(1) == "Quarter 1: 1 Apr 2025 to 30 Jun 2025")
        #expect(support.describe(0) == "Before support: 1 Jan 2025 to 31 Mar 2025")
    }
}
