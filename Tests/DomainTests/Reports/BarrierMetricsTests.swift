import Domain
import Testing

@Suite struct BarrierMetricsTests {
    static func barrier(
        _ raised: String, _ status: String = "raised", resolved: String? = nil, closed: String? = nil
    ) -> ReportBarrier {
        ReportBarrier(
            raisedOn: ReportFixture.day(raised), status: status, resolvedOn: resolved.map(ReportFixture.day),
            closedOn: closed.map(ReportFixture.day))
    }

    /// E − 90 days is 2024-07-02, so the seven raised by then are due; 2024-01-01 + 90 days is 2024-03-31.
    static let report = ReportFixture.report(barriers: [
        barrier("2024-07-01"),
        barrier("2024-09-30", "escalated"),
        barrier("2024-10-01"),
        barrier("2024-06-30", "resolved", resolved: "2024-09-30"),
        barrier("2024-07-02", "resolved", resolved: "2024-09-30"),
        barrier("2024-07-03", "resolved", resolved: "2024-07-04"),
        barrier("2024-01-01", "resolved", resolved: "2024-10-01"),
        barrier("2024-01-01", "closed-unresolved", closed: "2024-03-01"),
        barrier("2024-01-01", "resolved", resolved: "2024-03-31"),
        barrier("2024-01-01", "resolved", resolved: "2024-04-01"),
    ])

    @Test func countsBarriersRaisedFromTheFirstToTheLastDay() {
        #expect(Self.report.value("barriers.raised_in_quarter") == .count(4))
    }

    @Test func countsBarriersNeitherResolvedNorClosedByTheLastDay() {
        #expect(Self.report.value("barriers.open") == .count(3))
    }

    @Test func sharesBarriersRaised90DaysAgoThatWereResolvedWithin90Days() {
        #expect(Self.report.value("barriers.resolved_within_90_days") == .percentage(28.6))
        #expect(Self.report.fraction("barriers.resolved_within_90_days") == [2, 7])
    }

    @Test func readsAnEndingDateOnlyWithItsStatus() {
        let report = ReportFixture.report(barriers: [
            Self.barrier("2024-01-01", "escalated", resolved: "2024-02-01"),
            Self.barrier("2024-01-01", "resolved"),
            Self.barrier("2024-01-01", "closed-unresolved", resolved: "2024-02-01"),
        ])
        #expect(report.value("barriers.open") == .count(1))
        #expect(report.fraction("barriers.resolved_within_90_days") == [0, 3])
    }

    @Test func reportsBarriersForGroupAllOnly() {
        #expect(Self.report.rows.filter { $0.metric.hasPrefix("barriers.") }.map(\.group) == [.all, .all, .all, .all])
    }

    /// Open as at E: A (plan agreed 2024-02-01), B (plan dated after E) and C (no plan); D was
    /// resolved, and E raised after the quarter. One of the three open barriers has a plan.
    @Test func sharesOpenBarriersWithAnActionPlanByTheLastDay() {
        let report = ReportFixture.report(barriers: [
            ReportBarrier(raisedOn: ReportFixture.day("2024-01-01"), status: "action-plan", actionPlanOn: ReportFixture.day("2024-02-01")),
            ReportBarrier(raisedOn: ReportFixture.day("2024-01-01"), status: "escalated", actionPlanOn: ReportFixture.day("2024-10-01")),
            ReportBarrier(raisedOn: ReportFixture.day("2024-01-01"), status: "raised"),
            ReportBarrier(
                raisedOn: ReportFixture.day("2024-01-01"), status: "resolved", resolvedOn: ReportFixture.day("2024-03-01"),
                actionPlanOn: ReportFixture.day("2024-02-01")),
            ReportBarrier(raisedOn: ReportFixture.day("2024-10-01"), status: "action-plan", actionPlanOn: ReportFixture.day("2024-10-02")),
        ])
        #expect(report.value("barriers.with_action_plan") == .percentage(33.3))
        #expect(report.fraction("barriers.with_action_plan") == [1, 3])
        #expect(report.rows.filter { $0.metric == "barriers.with_action_plan" }.map(\.group) == [.all])
    }

    @Test func leavesTheActionPlanShareEmptyWithNoOpenBarrier() {
        #expect(ReportFixture.report().value("barriers.with_action_plan") == .empty)
        #expect(ReportFixture.report().fraction("barriers.with_action_plan") == [0, 0])
    }
}
