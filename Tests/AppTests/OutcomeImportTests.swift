import Domain
import Foundation
import Testing
@testable import App

/// The outcomes framework's import additions through the real stores: `referred_on`,
/// `tenancy_type`, `survey` and `training` are all or nothing, idempotent, logged person by
/// person, and reach the report's CSV.
@Suite struct OutcomeImportTests {
    static let survey = """
        person_ref,answered_on,told_story_more_than_once,turned_away,progress_on_priority,voice_heard,in_control,intake_satisfaction
        CF-9001,2026-06-01,yes,,no,4,,2
        CF-9001,2026-09-01,no,no,yes,5,3,
        """
    static let training = """
        trusted_key,course,attended_on
        sam,trauma-informed-practice,2026-02-01
        lee,trusted-person-approach,2026-02-01
        """
    static let trustedPeople = "key,name,kind,organisation,paid\nsam,Sam Carter,person,,paid\nlee,Lee,person,,volunteer"

    func run(_ test: TestApp, _ kind: ImportKind, _ text: String, dryRun: Bool = false) throws -> ImportOutcome {
        try Importer.run(
            kind: kind, bytes: Array(text.utf8), file: "\(kind.rawValue).csv", dryRun: dryRun, pool: test.pool,
            log: test.app.services.personalData.log, userID: nil, now: test.now)
    }

    func counts(_ outcome: ImportOutcome) -> [Int] { [outcome.added, outcome.changed, outcome.unchanged, outcome.errors.count] }

    func cohort() throws -> TestApp {
        let test = try TestApp()
        _ = try run(test, .people, ImportTests.people)
        _ = try run(test, .trustedPeople, Self.trustedPeople)
        return test
    }

    @Test func surveysAddThenChangeNothingThenChangeOneAndAreLoggedUnderStory() throws {
        let test = try cohort()
        #expect(counts(try run(test, .survey, Self.survey)) == [2, 0, 0, 0])
        #expect(counts(try run(test, .survey, Self.survey)) == [0, 0, 2, 0])
        let edited = Self.survey.replacingOccurrences(of: "yes,5,3,", with: "yes,5,3,4")
        #expect(counts(try run(test, .survey, edited)) == [0, 1, 1, 0])
        #expect(try test.count("SELECT count(*) FROM experience_surveys WHERE recorded_with = 'import'") == 2)
        #expect(try test.count("SELECT intake_satisfaction FROM experience_surveys WHERE answered_on = '2026-09-01'") == 4)
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE action = 'import' AND categories = 'story' AND reason LIKE 'survey file%'") == 3)
    }

    @Test func aSurveyFileWithOneBadRowWritesNothing() throws {
        let test = try cohort()
        let bad = Self.survey + "\nCF-9001,2026-10-01,perhaps,,,,,"
        let outcome = try run(test, .survey, bad)
        #expect(outcome.errors.map(\.description) == ["survey.csv:4: told_story_more_than_once: Choose yes or no, or leave it."])
        #expect(try test.count("SELECT count(*) FROM experience_surveys") == 0)
        let unknown = try run(test, .survey, Self.survey.replacingOccurrences(of: "CF-9001,2026-09-01", with: "CF-0404,2026-09-01"))
        #expect(unknown.errors.first?.description.hasPrefix("survey.csv:3: person_ref: No person has the ref CF-0404") == true)
        #expect(try test.count("SELECT count(*) FROM experience_surveys") == 0)
    }

    @Test func trainingAddsAttendanceOnceAndLogsNoIndividual() throws {
        let test = try cohort()
        #expect(counts(try run(test, .training, Self.training)) == [2, 0, 0, 0])
        #expect(counts(try run(test, .training, Self.training)) == [0, 0, 2, 0])
        #expect(counts(try run(test, .training, Self.training + "\nlee,trauma-informed-practice,2026-03-01")) == [1, 0, 2, 0])
        #expect(try test.count("SELECT count(*) FROM training_attendance") == 3)
        #expect(try test.count("SELECT count(*) FROM training_sessions") == 3)
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE reason LIKE 'training file%'") == 0)
        let bad = try run(test, .training, Self.training + "\nnobody,other,2026-03-01")
        #expect(bad.errors.map(\.description) == [
            "training.csv:4: trusted_key: No trusted person has the key nobody: import them in a trusted-people file first."
        ])
        #expect(try test.count("SELECT count(*) FROM training_attendance") == 3)
    }

    @Test func peopleTakeTheirReferralDateWhenTheFileHasOne() throws {
        let test = try TestApp()
        let header = "ref,preferred_name,district,cohort_group,status,opened_on,homelessness,mental_health,substance_misuse,domestic_abuse,offending"
        let withReferral = header + ",referred_on\nCF-9001,Ash,fenland,not-known,open,2025-01-10,yes,yes,yes,no,no,2024-12-01"
        #expect(counts(try run(test, .people, withReferral)) == [1, 0, 0, 0])
        func referredOn() throws -> String? { try test.pool.read { db in try db.scalar("SELECT referred_on FROM individuals WHERE ref = 'CF-9001'") } }
        #expect(try referredOn() == "2024-12-01")
        #expect(counts(try run(test, .people, withReferral)) == [0, 0, 1, 0])
        let withoutReferral = header + "\nCF-9001,Ash,fenland,not-known,open,2025-01-10,yes,yes,yes,no,no"
        #expect(counts(try run(test, .people, withoutReferral)) == [0, 0, 1, 0])
        #expect(try referredOn() == "2024-12-01")
        #expect(counts(try run(test, .people, withReferral.replacingOccurrences(of: "2024-12-01", with: "2024-12-20"))) == [0, 1, 0, 0])
        #expect(try referredOn() == "2024-12-20")
        let fresh = header + "\nCF-9002,Bo,fenland,not-known,open,2025-01-10,yes,yes,yes,no,no"
        _ = try run(test, .people, fresh)
        #expect(try test.pool.read { db in try db.scalar("SELECT referred_on FROM individuals WHERE ref = 'CF-9002'") as String? } == "2025-01-10")
    }

    @Test func accommodationKeepsItsTenancyTypeWhenAFileHasNoSuchColumn() throws {
        let test = try cohort()
        let settings = AccommodationSetting.allCases.map(\.rawValue).joined(separator: ",")
        let withType = "person_ref,support_quarter,\(settings),tenancy_type\nCF-9001,1,0,0,0,0,0,60,0,0,social"
        #expect(counts(try run(test, .accommodation, withType)) == [1, 0, 0, 0])
        #expect(counts(try run(test, .accommodation, withType)) == [0, 0, 1, 0])
        let withoutType = "person_ref,support_quarter,\(settings)\nCF-9001,1,0,0,0,0,0,60,0,0"
        #expect(counts(try run(test, .accommodation, withoutType)) == [0, 0, 1, 0])
        func type() throws -> String? { try test.pool.read { db in try db.scalar("SELECT tenancy_type FROM accommodation_quarters") } }
        #expect(try type() == "social")
        #expect(counts(try run(test, .accommodation, withType.replacingOccurrences(of: "social", with: "private"))) == [0, 1, 0, 0])
        #expect(try type() == "private")
        #expect(counts(try run(test, .accommodation, withType.replacingOccurrences(of: ",social", with: ","))) == [0, 1, 0, 0])
        #expect(try type() == nil)
    }

    /// 2026Q3 (E = 2026-09-30): Ash's latest survey (2026-09-01) is in; Sam has an active link
    /// to Ash and trauma-informed practice, Lee an active link and another course.
    @Test func theCSVCarriesTheSurveyAndTrainingMetrics() throws {
        let test = try cohort()
        _ = try run(test, .trustLinks, "person_ref,trusted_key,role,started_on\nCF-9001,sam,primary,2025-02-01\nCF-9001,lee,trusted,2025-02-01")
        _ = try run(test, .survey, Self.survey)
        _ = try run(test, .training, Self.training)
        let csv = try test.signedIn([.manager]).get("/reports/2026Q3.csv").body
        #expect(csv.contains("survey.responses,all,1,,\n"))
        #expect(csv.contains("survey.told_story_more_than_once,all,0.0,0,1\n"))
        #expect(csv.contains("survey.progress_on_priority,all,100.0,1,1\n"))
        #expect(csv.contains("survey.intake_satisfied,all,,0,0\n"))
        #expect(csv.contains("training.trusted_persons_trained,all,50.0,1,2\n"))
        let page = try test.signedIn([.manager], email: "m2@example.org").get("/reports?quarter=2026Q3")
        #expect(page.contains("Trusted persons trained in trauma-informed practice (%)"))
        #expect(page.contains("In their own words: the experience survey"))
    }
}
