import Domain
import Testing

/// `TrainingCoverage`: the report's definition used by organisation and as a percentage, and who
/// may flag a training need for whom.
@Suite struct TrainingCoverageTests {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func link(_ trusted: Int64, started: String = "2024-01-01", ended: String? = nil) -> ReportLink {
        ReportLink(personID: 1, role: .primary, startedOn: day(started), endedOn: ended.map(day), trustedPersonID: trusted)
    }

    static func trained(_ trusted: Int64, _ iso: String) -> ReportTraining {
        ReportTraining(trustedPersonID: trusted, course: .traumaInformedPractice, attendedOn: day(iso))
    }

    /// Organisation 1: 10 (trained), 11 (not trained), 12 (link ended: not active).
    /// Organisation 2: 20 (trained on E), 21 (trained after E).
    /// No organisation: 30 (trained) counts overall, not in any organisation.
    static let people: [ReportTrustedPerson] = [
        ReportTrustedPerson(id: 10, kind: .person, organisationID: 1), ReportTrustedPerson(id: 11, kind: .person, organisationID: 1),
        ReportTrustedPerson(id: 12, kind: .person, organisationID: 1), ReportTrustedPerson(id: 20, kind: .person, organisationID: 2),
        ReportTrustedPerson(id: 21, kind: .person, organisationID: 2), ReportTrustedPerson(id: 30, kind: .person),
    ]
    static let links = [link(10), link(11), link(12, ended: "2024-06-30"), link(20), link(21), link(30)]
    static let training = [trained(10, "2024-03-01"), trained(12, "2024-03-01"), trained(20, "2024-09-30"), trained(21, "2024-10-01"), trained(30, "2024-01-02")]

    @Test func overallCoverageCountsEveryActiveTrustedPerson() {
        let coverage = TrainingCoverage.asAt(Self.day("2024-09-30"), trustedPersons: Self.people, links: Self.links, training: Self.training)
        #expect(coverage == TrainingCoverage(trained: 3, active: 5))
        #expect(coverage.percentage == 60)
    }

    @Test func eachOrganisationCountsOnlyItsOwnTrustedPersons() {
        let by = TrainingCoverage.byOrganisation(Self.day("2024-09-30"), trustedPersons: Self.people, links: Self.links, training: Self.training)
        #expect(by == [1: TrainingCoverage(trained: 1, active: 2), 2: TrainingCoverage(trained: 1, active: 2)])
        let later = TrainingCoverage.byOrganisation(Self.day("2024-10-01"), trustedPersons: Self.people, links: Self.links, training: Self.training)
        #expect(later[2] == TrainingCoverage(trained: 2, active: 2))
    }

    @Test(arguments: [(0, 0, nil), (1, 3, 33), (2, 3, 67), (1, 8, 13), (1, 200, 1), (3, 3, 100)] as [(Int, Int, Int?)])
    func percentageRoundsHalfUp(trained: Int, active: Int, expected: Int?) {
        #expect(TrainingCoverage(trained: trained, active: active).percentage == expected)
    }

    @Test func aChampionFlagsOnlyForTheirOwnOrganisationAndATrustedPersonOnlyForThemself() {
        let policy = AccessPolicy()
        let own = TrainingNeedStanding(isOwnRecord: false, isInOwnOrganisation: true)
        let other = TrainingNeedStanding(isOwnRecord: false, isInOwnOrganisation: false)
        let self_ = TrainingNeedStanding(isOwnRecord: true, isInOwnOrganisation: false)
        #expect(policy.trainingNeedCapacity([.champion], own) == .champion)
        #expect(policy.trainingNeedCapacity([.champion], other) == nil)
        #expect(policy.trainingNeedCapacity([.coordinator], other) == .coordinator)
        #expect(policy.trainingNeedCapacity([.trustedPerson], self_) == .trustedPerson)
        #expect(policy.trainingNeedCapacity([.trustedPerson], own) == nil)
        #expect(policy.trainingNeedCapacity([.manager], own) == nil)
        #expect(policy.trainingNeedCapacity([.individual], self_) == nil)
        #expect(policy.trainingNeedCapacity([.champion, .trustedPerson], self_) == .trustedPerson)
    }
}
