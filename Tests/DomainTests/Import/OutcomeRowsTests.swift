import Domain
import Testing

/// The outcomes framework's import additions: `referred_on` on people, `tenancy_type` on
/// accommodation, and the `survey` and `training` kinds.
@Suite struct OutcomeRowsTests {
    typealias F = ImportFixtures

    static func row(_ kind: ImportKind, _ changes: [String: String] = [:]) throws -> ImportRow {
        let (rows, errors) = F.read(kind, F.csv(kind, changes))
        #expect(errors == [])
        return try #require(rows.first)
    }

    @Test func peopleReadTheReferralDateWhenGiven() throws {
        guard case .person(let person) = try Self.row(.people, ["referred_on": "2023-12-20"]) else { Issue.record(); return }
        #expect(person.referredOn == CalendarDate(iso: "2023-12-20"))
    }

    @Test func peopleWithoutAReferralDateKeepTheEarlierBehaviour() throws {
        guard case .person(let person) = try Self.row(.people) else { Issue.record(); return }
        #expect(person.referredOn == nil)
        let header = "ref,preferred_name,district,cohort_group,status,opened_on,homelessness,mental_health,substance_misuse,domestic_abuse,offending\n"
        let (rows, errors) = F.read(.people, header + "CF-0002,Jo,fenland,not-known,open,2024-01-15,yes,yes,yes,no,no\n")
        #expect(errors == [])
        guard case .person(let old) = try #require(rows.first) else { Issue.record(); return }
        #expect(old.referredOn == nil)
    }

    @Test func refusesAReferralAfterSupportOpenedOrInTheFuture() {
        #expect(F.errors(.people, ["referred_on": "2024-01-16"]) == [
            "in.csv:2: referred_on: The referral cannot be dated after support opened."
        ])
        #expect(F.errors(.people, ["referred_on": "2024-13-01"]).first?.hasPrefix("in.csv:2: referred_on: ") == true)
    }

    @Test(arguments: [("social", TenancyType.social), ("private", .private), ("", nil)])
    func accommodationReadsTheTenancyType(text: String, type: TenancyType?) throws {
        guard case .accommodation(let row) = try Self.row(.accommodation, ["own_tenancy": "20", "tenancy_type": text]) else {
            Issue.record(); return
        }
        #expect(row.record.tenancyType == type)
        #expect(row.hasTenancyTypeColumn)
    }

    @Test func accommodationRefusesAnotherTenancyType() {
        #expect(F.errors(.accommodation, ["tenancy_type": "council"]) == [
            "in.csv:2: tenancy_type: Choose social or private for the tenancy, or leave it empty."
        ])
    }

    @Test func readsASurveyWithEmptyAnswers() throws {
        guard case .survey(let row) = try Self.row(.survey, ["told_story_more_than_once": "Y", "progress_on_priority": "0"]) else {
            Issue.record(); return
        }
        #expect(row.key == .survey(personRef: "CF-0001", answeredOn: CalendarDate(iso: "2024-06-01")!))
        #expect(row.survey == ExperienceSurvey(
            answeredOn: CalendarDate(iso: "2024-06-01")!, toldStoryMoreThanOnce: true, turnedAway: nil, progressOnPriority: false,
            voiceHeard: 4, inControl: nil, intakeSatisfaction: 5))
    }

    @Test func explainsBadSurveyCells() {
        #expect(F.errors(.survey, ["voice_heard": "6", "turned_away": "maybe", "answered_on": ""]) == [
            "in.csv:2: answered_on: Enter the date.",
            "in.csv:2: turned_away: Choose yes or no, or leave it.",
            "in.csv:2: voice_heard: Choose a number from 1 to 5, or leave it.",
        ])
    }

    @Test func refusesTheSameSurveyKeyTwice() {
        let sample = F.sample(.survey)
        let (_, errors) = F.read(.survey, F.csv(.survey, [sample, sample]))
        #expect(errors == ["in.csv:3: person_ref: The same person_ref and answered_on as line 2 (CF-0001, 2024-06-01)."])
    }

    @Test func readsATrainingRow() throws {
        guard case .training(let row) = try Self.row(.training) else { Issue.record(); return }
        #expect(row.key == .training(trustedKey: "tp-1", course: .traumaInformedPractice, attendedOn: CalendarDate(iso: "2024-03-01")!))
    }

    @Test func explainsBadTrainingCells() {
        #expect(F.errors(.training, ["course": "first-aid", "attended_on": "2027-01-01", "trusted_key": ""]) == [
            "in.csv:2: trusted_key: Use a key of 1 to 100 characters.",
            "in.csv:2: course: Use one of: trauma-informed-practice, trusted-person-approach, other; not \"first-aid\".",
            "in.csv:2: attended_on: The date cannot be in the future.",
        ])
    }
}

/// The survey form's rules and when a survey is due.
@Suite struct ExperienceSurveyTests {
    static let day = CalendarDate(iso: "2026-11-22")!

    @Test func everyAnswerMayBeLeftEmpty() {
        let (survey, errors) = ExperienceSurvey.read({ _ in nil }, answeredOn: Self.day)
        #expect(errors.isEmpty)
        #expect(survey == ExperienceSurvey(answeredOn: Self.day))
    }

    @Test func readsYesNoAndScales() {
        let fields = ["told_story_more_than_once": "yes", "turned_away": "no", "voice_heard": "1", "intake_satisfaction": "5"]
        let (survey, _) = ExperienceSurvey.read({ fields[$0] }, answeredOn: Self.day)
        #expect(survey?.toldStoryMoreThanOnce == true)
        #expect(survey?.turnedAway == false)
        #expect(survey?.voiceHeard == 1)
        #expect(survey?.intakeSatisfaction == 5)
        #expect(survey?.inControl == nil)
    }

    @Test(arguments: ["0", "6", "-1", "4.5", "yes"]) func refusesAScaleOutsideOneToFive(text: String) {
        let (survey, errors) = ExperienceSurvey.read({ $0 == "in_control" ? text : nil }, answeredOn: Self.day)
        #expect(survey == nil)
        #expect(errors["in_control"] == "Choose a number from 1 to 5, or leave it.")
    }

    @Test(arguments: [(nil, true), ("2026-05-24", true), ("2026-05-25", false), ("2026-11-22", false)])
    func isDueWhenNoneInTheLast182Days(last: String?, due: Bool) {
        #expect(ExperienceSurvey.isDue(lastAnsweredOn: last.flatMap(CalendarDate.init(iso:)), today: Self.day) == due)
    }
}

/// Whether the survey's person and the training's trusted person exist is checked before writing.
@Suite struct OutcomeReferencesTests {
    typealias F = ImportFixtures

    @Test func refusesAnUnknownPersonOrTrustedPerson() throws {
        let survey = F.read(.survey, F.csv(.survey)).rows
        let training = F.read(.training, F.csv(.training)).rows
        let errors = ImportReferences.check(
            rows: survey + training, knownPeople: [:], knownTrustedKeys: [], file: F.file, today: F.today)
        #expect(errors.map { $0.description } == [
            "in.csv:2: person_ref: No person has the ref CF-0001: import them in a people file first.",
            "in.csv:2: trusted_key: No trusted person has the key tp-1: import them in a trusted-people file first.",
        ])
        #expect(ImportReferences.check(
            rows: survey + training, knownPeople: ["CF-0001": nil], knownTrustedKeys: ["tp-1"], file: F.file, today: F.today).isEmpty)
    }
}
