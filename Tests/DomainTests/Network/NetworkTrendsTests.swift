import Domain
import Testing

/// The network page's quarters and figures, worked by hand at the quarters' edges.
@Suite struct NetworkTrendsTests {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    static func quarter(_ text: String) -> ReportQuarter { try! ReportQuarter(parsing: text) }

    @Test(arguments: [
        ("2026-11-18", "2025Q1", "2026Q4"), ("2026-01-01", "2024Q2", "2026Q1"), ("2026-03-31", "2024Q2", "2026Q1"),
        ("2026-04-01", "2024Q3", "2026Q2"), ("2025-12-31", "2024Q1", "2025Q4"),
    ])
    func theEightQuartersEndWithTheOneTodayFallsIn(today: String, first: String, last: String) {
        let quarters = NetworkTrends.quarters(endingWith: Self.day(today))
        #expect(quarters.count == 8)
        #expect(quarters.first?.description == first)
        #expect(quarters.last?.description == last)
        #expect(quarters == quarters.sorted())
    }

    /// Handovers on 31 Mar (Q1's last day), 1 Apr (Q2's first), 30 Jun (Q2's last) and 1 Jul.
    @Test func eventsCountInTheQuarterTheirDayFallsInBothEdgesIncluded() {
        let input = NetworkTrendsInput(
            firstLinks: [Self.day("2026-04-01"): 2], handovers: [Self.day("2026-03-31"): 1, Self.day("2026-04-01"): 2, Self.day("2026-06-30"): 4, Self.day("2026-07-01"): 8])
        let figures = NetworkTrends.compute(input, quarters: [Self.quarter("2026Q1"), Self.quarter("2026Q2"), Self.quarter("2026Q3")])
        #expect(figures.map(\.handovers) == [1, 6, 8])
        #expect(figures.map(\.newTrustedPersons) == [0, 2, 0])
    }

    /// A pledge signed 2025-06-30 is due for renewal on 2026-06-30: in force on 31 Mar 2026,
    /// overdue on 30 Jun 2026 (its renewal day). Renewed on 2026-07-01, in force again by 30 Sep.
    /// The champion's account was made on 1 Apr 2026: not in Q1, in Q2.
    @Test func organisationsCountChampionsAndPledgesInForceAtEachQuarterEnd() {
        let renewed = NetworkOrganisation(
            joinedOn: Self.day("2025-01-10"), championSince: Self.day("2026-04-01"),
            pledgeSignedOn: [Self.day("2025-06-30"), Self.day("2026-07-01")])
        let late = NetworkOrganisation(joinedOn: Self.day("2026-06-30"))
        let input = NetworkTrendsInput(organisations: [renewed, late])
        let figures = NetworkTrends.compute(input, quarters: [Self.quarter("2026Q1"), Self.quarter("2026Q2"), Self.quarter("2026Q3")])
        #expect(figures.map(\.organisations) == [1, 2, 2])
        #expect(figures.map(\.withChampion) == [0, 1, 1])
        #expect(figures.map(\.withCurrentPledge) == [1, 0, 1])
    }

    /// Links per person is the lasting links over the open people; nobody open gives none.
    @Test func linksPerPersonDividesTheLastingLinksByTheOpenPeople() {
        let input = NetworkTrendsInput(people: [
            Self.quarter("2026Q1"): NetworkPeopleCounts(supported: 5, open: 4, connected: 3, interimOnly: 1, lastingLinks: 6),
        ])
        let figures = NetworkTrends.compute(input, quarters: [Self.quarter("2026Q1"), Self.quarter("2026Q2")])
        #expect(figures[0].linksPerPerson == 1.5)
        #expect(figures[0].people.interimOnly == 1)
        #expect(figures[1].linksPerPerson == nil)
        #expect(figures[1].people == NetworkPeopleCounts())
    }

    /// Barriers as the report counts them at each end: raised 2026-01-01 (action plan
    /// 2026-02-01, resolved 2026-03-31: 89 days), raised 2026-03-31 (open), raised 2026-04-01. E − 90 days is 31 Dec 2025 for
    /// Q1 (none due) and 1 Apr 2026 for Q2 (all three due).
    @Test func barriersUseTheReportsDefinitionsAtEachQuarterEnd() {
        let barriers = [
            ReportBarrier(raisedOn: Self.day("2026-01-01"), status: "resolved", resolvedOn: Self.day("2026-03-31"), actionPlanOn: Self.day("2026-02-01")),
            ReportBarrier(raisedOn: Self.day("2026-03-31"), status: "action-plan", actionPlanOn: Self.day("2026-04-15")),
            ReportBarrier(raisedOn: Self.day("2026-04-01"), status: "raised"),
        ]
        let figures = NetworkTrends.compute(NetworkTrendsInput(barriers: barriers), quarters: [Self.quarter("2026Q1"), Self.quarter("2026Q2")])
        #expect(figures.map(\.barriersRaised) == [2, 1])
        #expect(figures.map(\.barriersOpen) == [1, 2])
        #expect(figures.map(\.barriersWithActionPlan) == [0, 1])
        #expect(figures.map(\.barriersDue) == [0, 3])
        #expect(figures.map(\.barriersResolvedInTime) == [0, 1])
    }

    /// Training coverage at each end: trained on 31 Mar counts in Q1; a link ending on 30 Jun
    /// is no longer active at Q2's end.
    @Test func trainingCoverageIsTheReportsDefinitionAtEachQuarterEnd() {
        let people = [ReportTrustedPerson(id: 1, kind: .person), ReportTrustedPerson(id: 2, kind: .person)]
        let links = [
            ReportLink(personID: 9, role: .primary, startedOn: Self.day("2026-01-01"), trustedPersonID: 1),
            ReportLink(personID: 8, role: .primary, startedOn: Self.day("2026-01-01"), endedOn: Self.day("2026-06-30"), trustedPersonID: 2),
        ]
        let training = [
            ReportTraining(trustedPersonID: 1, course: .traumaInformedPractice, attendedOn: Self.day("2026-03-31")),
        ]
        let figures = NetworkTrends.compute(
            NetworkTrendsInput(trustedPersons: people, links: links, training: training),
            quarters: [Self.quarter("2025Q4"), Self.quarter("2026Q1"), Self.quarter("2026Q2")])
        #expect(figures.map(\.training) == [
            TrainingCoverage(trained: 0, active: 0), TrainingCoverage(trained: 1, active: 2), TrainingCoverage(trained: 1, active: 1),
        ])
    }
}
