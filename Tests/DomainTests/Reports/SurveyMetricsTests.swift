import Domain
import Testing

/// The `survey.*` metrics, 2024Q3: E = 2024-09-30, so the window (E − 182 days, E] runs from
/// 2024-04-02 to 2024-09-30 (E − 182 days is 2024-04-01, left out).
@Suite struct SurveyMetricsTests {
    static func survey(
        _ id: Int64, _ iso: String, story: Bool? = nil, turned: Bool? = nil, progress: Bool? = nil, voice: Int? = nil,
        control: Int? = nil, intake: Int? = nil
    ) -> ReportSurvey {
        ReportSurvey(
            personID: id,
            survey: ExperienceSurvey(
                answeredOn: ReportFixture.day(iso), toldStoryMoreThanOnce: story, turnedAway: turned, progressOnPriority: progress,
                voiceHeard: voice, inControl: control, intakeSatisfaction: intake))
    }

    /// | person | district     | surveys (latest in window counts)                                          |
    /// |--------|--------------|----------------------------------------------------------------------------|
    /// | 1      | Cambridge    | 2024-05-01 story yes, voice 2 — superseded by 2024-09-30 story no, voice 5 |
    /// | 2      | Fenland      | 2024-04-02 (first day in): story yes, turned yes, progress no, voice 4, control 3, intake 4 |
    /// | 3      | Peterborough | 2024-06-01: every answer empty                                             |
    /// | 4      | Peterborough | 2024-04-01 (E − 182, out) and 2024-10-01 (after E, out)                    |
    /// | 5      | Cambridge    | 2024-08-01: turned no, progress yes, control 5, intake 1                   |
    /// | 99     | not in report| ignored                                                                    |
    static let report = ReportFixture.report(
        people: [
            ReportFixture.person(1), ReportFixture.person(2, .fenland), ReportFixture.person(3, .peterborough),
            ReportFixture.person(4, .peterborough), ReportFixture.person(5),
        ],
        surveys: [
            survey(1, "2024-09-30", story: false, voice: 5), survey(1, "2024-05-01", story: true, voice: 2),
            survey(2, "2024-04-02", story: true, turned: true, progress: false, voice: 4, control: 3, intake: 4),
            survey(3, "2024-06-01"),
            survey(4, "2024-04-01", story: true), survey(4, "2024-10-01", story: true),
            survey(5, "2024-08-01", turned: false, progress: true, control: 5, intake: 1),
            survey(99, "2024-08-01", story: true),
        ])

    @Test func countsEachPersonsLatestSurveyInTheWindowOnce() {
        #expect(Self.report.value("survey.responses") == .count(4))
        #expect(Self.report.value("survey.responses", .cambridgeshire) == .count(3))
        #expect(Self.report.value("survey.responses", .peterborough) == .count(1))
        #expect(Self.report.value("survey.responses", .cambridge) == .count(2))
    }

    /// Story: 1 no (the newer survey), 2 yes → 1 of 2. Turned away: 2 yes, 5 no → 1 of 2.
    /// Progress: 2 no, 5 yes → 1 of 2. Voice: 1 → 5, 2 → 4 → 2 of 2. Control: 2 → 3, 5 → 5 → 1 of 2.
    /// Intake: 2 → 4, 5 → 1 → 1 of 2. Person 3's empty answers are in no denominator.
    @Test(arguments: [
        ("survey.told_story_more_than_once", 1, 2, 50.0), ("survey.turned_away", 1, 2, 50.0),
        ("survey.progress_on_priority", 1, 2, 50.0), ("survey.voice_heard", 2, 2, 100.0),
        ("survey.in_control", 1, 2, 50.0), ("survey.intake_satisfied", 1, 2, 50.0),
    ])
    func sharesAmongThoseAnswering(metric: String, numerator: Int, denominator: Int, percent: Double) {
        #expect(Self.report.fraction(metric) == [numerator, denominator])
        #expect(Self.report.value(metric) == .percentage(percent))
    }

    @Test func leavesAShareEmptyWhenNobodyAnswered() {
        #expect(Self.report.fraction("survey.voice_heard", .peterborough) == [0, 0])
        #expect(Self.report.value("survey.voice_heard", .peterborough) == .empty)
        #expect(ReportFixture.report().value("survey.responses") == .count(0))
        #expect(ReportFixture.report().value("survey.in_control") == .empty)
    }

    @Test func anOlderSurveyInTheWindowIsSupersededEvenWhenItAnsweredMore() {
        let report = ReportFixture.report(
            people: [ReportFixture.person(1)],
            surveys: [Self.survey(1, "2024-07-01", turned: true), Self.survey(1, "2024-09-01", story: true)])
        #expect(report.fraction("survey.turned_away") == [0, 0])
        #expect(report.fraction("survey.told_story_more_than_once") == [1, 1])
    }

    @Test func suppressesSmallCountsAndTheSharesMadeOfThem() {
        let suppressed = Self.report.suppressed(below: 5)
        #expect(suppressed.value("survey.responses") == .empty)
        #expect(suppressed.value("survey.voice_heard") == .empty)
        #expect(suppressed.fraction("survey.voice_heard") == [nil, nil])
    }
}
