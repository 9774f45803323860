import Domain
import Testing

@Suite struct AssessmentDueTests {
    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    static let openedOn = date("2025-01-15")
    static let baseline = date("2025-02-01")

    static func reason(today: String, _ dates: [String]) -> AssessmentDue? {
        AssessmentDue.reason(openedOn: openedOn, today: date(today), assessedOn: dates.map(date))
    }

    @Test func asksForNothingBeforeSupportOpens() {
        #expect(Self.reason(today: "2025-01-14", []) == nil)
    }

    @Test func asksForABaselineWhenThereIsNone() {
        #expect(Self.reason(today: "2025-01-15", []) == .baseline)
        #expect(Self.reason(today: "2025-01-20", ["2025-02-01"]) == .baseline)
    }

    @Test func isContentWithARecentAssessment() {
        #expect(Self.reason(today: "2025-04-30", ["2025-02-01"]) == nil)
        #expect(Self.reason(today: "2025-05-01", ["2025-02-01"]) == nil)
    }

    @Test func flagsNoneInTheLastThreeMonths() {
        #expect(Self.reason(today: "2025-05-02", ["2025-02-01"]) == .noneInLastThreeMonths(latest: Self.baseline))
    }

    @Test func flagsTheFollowUpWhenItsWindowOpens() {
        let window = Self.baseline.adding(days: 273)...Self.baseline.adding(days: 456)
        #expect(window == Self.date("2025-11-01")...Self.date("2026-05-03"))
        #expect(Self.reason(today: "2025-10-31", ["2025-02-01", "2025-09-01"]) == nil)
        #expect(
            Self.reason(today: "2025-11-01", ["2025-02-01", "2025-09-01"]) == .followUp(baseline: Self.baseline, window: window))
        #expect(
            Self.reason(today: "2026-05-03", ["2025-02-01", "2025-10-01"]) == .followUp(baseline: Self.baseline, window: window))
    }

    @Test func isSatisfiedByAnAssessmentInTheWindow() {
        #expect(Self.reason(today: "2025-12-01", ["2025-02-01", "2025-11-01"]) == nil)
        #expect(Self.reason(today: "2026-05-03", ["2025-02-01", "2026-05-03"]) == nil)
    }

    @Test func fallsBackToTheThreeMonthRuleOnceTheWindowCloses() {
        #expect(
            Self.reason(today: "2026-08-10", ["2025-02-01", "2026-05-04"])
                == .noneInLastThreeMonths(latest: Self.date("2026-05-04")))
        #expect(Self.reason(today: "2026-05-04", ["2025-02-01", "2026-04-01"]) == nil)
    }

    @Test func ignoresAssessmentsDatedAfterToday() {
        #expect(Self.reason(today: "2025-01-20", ["2025-03-01"]) == .baseline)
    }

    @Test func explainsEachReason() {
        #expect(AssessmentDue.baseline.message == "No assessment yet: a first (baseline) assessment is due.")
        let window = Self.date("2025-11-01")...Self.date("2026-05-03")
        #expect(
            AssessmentDue.followUp(baseline: Self.baseline, window: window).message
                == "12-month follow-up due: the baseline was on 1 Feb 2025; assess by 3 May 2026.")
        #expect(
            AssessmentDue.noneInLastThreeMonths(latest: Self.baseline).message
                == "None in the last 3 months: the latest was on 1 Feb 2025.")
    }
}
