import Domain
import Testing

/// `training.trusted_persons_trained`, 2024Q3 (E = 2024-09-30).
@Suite struct TrainingMetricsTests {
    static func link(_ trusted: Int64, started: String = "2024-01-01", ended: String? = nil) -> ReportLink {
        ReportLink(
            personID: 1, role: .primary, startedOn: ReportFixture.day(started), endedOn: ended.map(ReportFixture.day),
            trustedPersonID: trusted)
    }

    static func attended(_ trusted: Int64, _ course: TrainingCourse, _ iso: String) -> ReportTraining {
        ReportTraining(trustedPersonID: trusted, course: course, attendedOn: ReportFixture.day(iso))
    }

    /// | trusted | kind    | link                         | training                           | counts as        |
    /// |---------|---------|------------------------------|------------------------------------|------------------|
    /// | 10      | person  | active                       | trauma-informed 2024-09-30 (on E)  | trained          |
    /// | 11      | person  | active                       | trauma-informed 2024-10-01 (after) | not trained      |
    /// | 12      | person  | active                       | trusted-person-approach only       | not trained      |
    /// | 13      | person  | ended on E                   | trauma-informed                    | left out         |
    /// | 14      | service | active                       | trauma-informed                    | left out         |
    /// | 15      | person  | starts 2024-10-01 (after E)  | trauma-informed                    | left out         |
    /// | 16      | person  | two active links             | trauma-informed twice              | trained, once    |
    static let report = ReportFixture.report(
        people: [ReportFixture.person(1)],
        links: [link(10), link(11), link(12), link(13, ended: "2024-09-30"), link(14), link(15, started: "2024-10-01"), link(16), link(16)],
        trustedPersons: [10, 11, 12, 13, 15, 16].map { ReportTrustedPerson(id: $0, kind: .person) }
            + [ReportTrustedPerson(id: 14, kind: .service)],
        training: [
            attended(10, .traumaInformedPractice, "2024-09-30"), attended(11, .traumaInformedPractice, "2024-10-01"),
            attended(12, .trustedPersonApproach, "2024-01-01"), attended(13, .traumaInformedPractice, "2024-01-01"),
            attended(14, .traumaInformedPractice, "2024-01-01"), attended(15, .traumaInformedPractice, "2024-01-01"),
            attended(16, .traumaInformedPractice, "2023-01-01"), attended(16, .traumaInformedPractice, "2024-02-01"),
        ])

    @Test func sharesOfPersonsWithAnActiveLinkTrainedInTraumaInformedPracticeByE() {
        #expect(Self.report.fraction("training.trusted_persons_trained") == [2, 4])
        #expect(Self.report.value("training.trusted_persons_trained") == .percentage(50.0))
    }

    @Test func reportsForGroupAllOnly() {
        #expect(Self.report.rows.filter { $0.metric == "training.trusted_persons_trained" }.map(\.group) == [.all])
    }

    @Test func leavesTheShareEmptyWithNoActiveTrustedPerson() {
        #expect(ReportFixture.report().fraction("training.trusted_persons_trained") == [0, 0])
        #expect(ReportFixture.report().value("training.trusted_persons_trained") == .empty)
        #expect(Self.report.suppressed(below: 5).value("training.trusted_persons_trained") == .empty)
    }
}
