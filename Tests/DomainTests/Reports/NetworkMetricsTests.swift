import Domain
import Testing

@Suite struct NetworkMetricsTests {
    static func link(
        _ id: Int64, _ role: TrustRole, _ started: String, ended: String? = nil, reason: EndReason? = nil
    ) -> ReportLink {
        ReportLink(
            personID: id, role: role, startedOn: ReportFixture.day(started), endedOn: ended.map(ReportFixture.day),
            endReason: reason ?? (ended == nil ? nil : .other))
    }

    static let report = ReportFixture.report(
        people: [
            ReportFixture.person(1), ReportFixture.person(2), ReportFixture.person(3), ReportFixture.person(4),
            ReportFixture.person(5), ReportFixture.person(6, closed: "2024-08-01"),
        ],
        links: [
            link(1, .primary, "2024-09-30"),
            link(1, .interim, "2024-01-01", ended: "2024-10-01", reason: .handover),
            link(2, .primary, "2024-10-01"),
            link(2, .interim, "2024-01-01"),
            link(3, .backup, "2024-01-01", ended: "2024-09-30", reason: .handover),
            link(3, .trusted, "2024-01-01", ended: "2024-10-01"),
            link(4, .primary, "2024-01-01"),
            link(4, .backup, "2024-02-01"),
            link(4, .interim, "2024-03-01"),
            link(4, .trusted, "2023-01-01", ended: "2024-06-30", reason: .handover),
            link(5, .trusted, "2024-01-01", ended: "2024-07-01", reason: .handover),
            link(6, .primary, "2024-01-01", ended: "2024-07-15", reason: .handover),
        ])

    @Test func countsOpenPeopleWithANonInterimLinkActiveOnTheLastDay() {
        #expect(Self.report.value("network.connected") == .percentage(60.0))
        #expect(Self.report.fraction("network.connected") == [3, 5])
    }

    @Test func countsOpenPeopleWhoseActiveLinksAreAllInterim() {
        #expect(Self.report.value("network.interim_only") == .count(1))
    }

    @Test func averagesActiveNonInterimLinksOverOpenPeople() {
        #expect(Self.report.value("network.mean_size") == .mean(0.8))
        #expect(Self.report.fraction("network.mean_size") == [4, 5])
    }

    @Test func countsHandoversEndedFromTheFirstToTheLastDay() {
        #expect(Self.report.value("network.handovers_in_quarter") == .count(3))
    }

    @Test func leavesARatioEmptyWhenItsDenominatorIsZero() {
        #expect(Self.report.value("network.connected", .peterborough) == .empty)
        #expect(Self.report.fraction("network.connected", .peterborough) == [0, 0])
        #expect(Self.report.value("network.mean_size", .peterborough) == .empty)
    }
}
