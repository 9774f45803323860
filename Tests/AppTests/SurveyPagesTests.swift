import Domain
import Foundation
import Testing
@testable import App

/// The experience survey in the app: the person answers one question per screen on their own
/// pages (no JavaScript: earlier answers ride along in hidden fields, nothing stored until the
/// last screen); a trusted person with `story` shared, or a coordinator, records it with them;
/// the caseload and the record flag a survey due; bad input stores nothing.
@Suite struct SurveyPagesTests {
    func surveys(_ test: TestApp) throws -> Int { try test.count("SELECT count(*) FROM experience_surveys") }

    @Test func thePersonAnswersOneQuestionPerScreenAndNothingIsStoredUntilTheEnd() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let client = try test.signedInAsThePerson(robin)
        let intro = try client.get("/me/survey")
        #expect(intro.status == 200)
        #expect(intro.contains("How is your support going?"))
        #expect(intro.contains("id=\"survey-due\""))
        var screen = try client.post("/me/survey", [("go", "start")])
        #expect(screen.contains("Question 1 of 6"))
        #expect(screen.contains(SurveyQuestion.toldStoryMoreThanOnce.wording))
        screen = try client.post("/me/survey", [("go", "next"), ("step", "0"), ("told_story_more_than_once", "yes")])
        #expect(screen.contains("Question 2 of 6"))
        #expect(screen.contains("<input type=\"hidden\" name=\"told_story_more_than_once\" value=\"yes\">"))
        screen = try client.post("/me/survey", [("go", "next"), ("step", "1"), ("told_story_more_than_once", "yes"), ("turned_away", "")])
        #expect(screen.contains("Question 3 of 6"))
        let back = try client.post("/me/survey", [("go", "back"), ("step", "2"), ("told_story_more_than_once", "yes")])
        #expect(back.contains("Question 2 of 6"))
        var fields = [("told_story_more_than_once", "yes"), ("progress_on_priority", "no"), ("voice_heard", "5"), ("in_control", "2")]
        for step in 2...4 {
            screen = try client.post("/me/survey", [("go", "next"), ("step", String(step))] + fields)
            #expect(screen.contains("Question \(step + 2) of 6"))
        }
        #expect(screen.contains("Save my answers"))
        #expect(try surveys(test) == 0)
        fields.append(("intake_satisfaction", "4"))
        let saved = try client.post("/me/survey", [("go", "save"), ("step", "5")] + fields)
        #expect(saved.status == 303)
        #expect(saved.location == "/me/survey?notice=my-survey-saved")
        let stored = try test.pool.read { db in try SurveyStore.answers(individualID: robin, on: LondonTime.today(test.now), db) }
        #expect(stored == ExperienceSurvey(
            answeredOn: LondonTime.today(test.now), toldStoryMoreThanOnce: true, turnedAway: nil, progressOnPriority: false,
            voiceHeard: 5, inControl: 2, intakeSatisfaction: 4))
        #expect(try test.count("SELECT count(*) FROM experience_surveys WHERE recorded_with = 'self'") == 1)
        let after = try client.get("/me/survey")
        #expect(after.contains("5 – Strongly agree"))
        #expect(after.contains("Not answered"))
        #expect(!after.contains("id=\"survey-due\""))
    }

    @Test func aBadAnswerIsShownOnItsOwnScreenAndNothingIsStored() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let client = try test.signedInAsThePerson(robin)
        _ = try client.get("/me/survey")
        let bad = try client.post("/me/survey", [("go", "save"), ("step", "5"), ("told_story_more_than_once", "yes"), ("voice_heard", "9")])
        #expect(bad.status == 422)
        #expect(bad.contains("Question 4 of 6"))
        #expect(bad.contains("Choose a number from 1 to 5, or leave it."))
        #expect(bad.contains("<input type=\"hidden\" name=\"told_story_more_than_once\" value=\"yes\">"))
        #expect(try surveys(test) == 0)
    }

    @Test func aCoordinatorRecordsItWithThePersonAndBadInputStaysBesideTheField() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        let record = try coordinator.get("/people/\(robin)")
        #expect(record.contains("id=\"survey-due\""))
        #expect(record.contains("href=\"/people/\(robin)/survey\""))
        let form = try coordinator.get("/people/\(robin)/survey")
        #expect(form.status == 200)
        let bad = try coordinator.post(
            "/people/\(robin)/survey", [("answered_on", "2099-01-01"), ("turned_away", "perhaps"), ("voice_heard", "4")])
        #expect(bad.status == 422)
        #expect(bad.contains("The date cannot be in the future."))
        #expect(bad.contains("Choose yes or no, or leave it."))
        #expect(bad.contains("id=\"voice_heard-3\" name=\"voice_heard\" value=\"4\" checked"))
        #expect(try surveys(test) == 0)
        let saved = try coordinator.post("/people/\(robin)/survey", [("answered_on", "2026-06-01"), ("turned_away", "no"), ("voice_heard", "4")])
        #expect(saved.status == 303)
        #expect(try test.count("SELECT count(*) FROM experience_surveys WHERE recorded_with = 'supported' AND answered_on = '2026-06-01' AND turned_away = 0") == 1)
    }

    @Test func aTrustedPersonRecordsItOnlyWhenTheStoryIsSharedWithThem() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let (sam, samID) = try test.signedInTrustedPerson()
        try test.link(robin, samID, role: .primary)
        let record = try sam.get("/people/\(robin)")
        #expect(record.status == 200)
        #expect(!record.contains("id=\"record-survey\""))
        #expect(try sam.get("/people/\(robin)/survey").status == 403)
        #expect(try sam.post("/people/\(robin)/survey", [("answered_on", "2026-06-01")]).status == 403)
        #expect(try surveys(test) == 0)
        try test.consent(robin, to: .trustedPerson(samID), [.story])
        #expect(try sam.get("/people/\(robin)").contains("id=\"record-survey\""))
        _ = try sam.get("/people/\(robin)/survey")
        #expect(try sam.post("/people/\(robin)/survey", [("answered_on", "2026-06-01"), ("in_control", "3")]).status == 303)
        #expect(try surveys(test) == 1)
    }

    @Test func theCaseloadFlagsAndFiltersPeopleWhoseSurveyIsDue() throws {
        let test = try TestApp()
        let due = try test.refer("Dana")
        let recent = try test.refer("Eli")
        _ = try test.refer("Fin", open: false)
        let today = LondonTime.today(test.now)
        try test.pool.write { db in
            try SurveyStore.save(ExperienceSurvey(answeredOn: today.adding(days: -181)), individualID: recent, with: .supported, by: nil, now: test.now, db)
            try SurveyStore.save(ExperienceSurvey(answeredOn: today.adding(days: -182)), individualID: due, with: .supported, by: nil, now: test.now, db)
        }
        let coordinator = try test.signedIn([.coordinator])
        let filtered = try coordinator.get("/caseload?survey_due=1")
        #expect(filtered.contains(">Dana</a>"))
        #expect(!filtered.contains(">Eli</a>"))
        #expect(!filtered.contains(">Fin</a>"))
        #expect(filtered.contains("id=\"survey_due\" name=\"survey_due\" value=\"1\" checked"))
        let all = try coordinator.get("/caseload?sort=name")
        let dana = try #require(all.body.range(of: ">Dana</a>"))
        let eli = try #require(all.body.range(of: ">Eli</a>"))
        #expect(all.body[dana.upperBound...].prefix(600).contains("Survey due"))
        #expect(!all.body[eli.upperBound...].prefix(300).contains("Survey due"))
        #expect(!(try coordinator.get("/people/\(recent)")).contains("id=\"survey-due\""))
    }
}

/// Training attendance recorded on the trusted person's page by a coordinator.
@Suite struct TrainingPagesTests {
    @Test func aCoordinatorRecordsAttendanceAndBadInputStoresNothing() throws {
        let test = try TestApp()
        let alex = try test.createTrustedPerson("Alex")
        let coordinator = try test.signedIn([.coordinator])
        let page = try coordinator.get("/trusted-people/\(alex)")
        #expect(page.contains("No training recorded yet."))
        let bad = try coordinator.post(
            "/trusted-people/\(alex)/training", [("course", "juggling"), ("attended_on", ""), ("provider", "Mind"), ("places", "0")])
        #expect(bad.status == 422)
        #expect(bad.contains("Choose the course attended."))
        #expect(bad.contains("Enter the date."))
        #expect(bad.contains("Enter the number of places, from 1 to 1000, or leave it empty."))
        #expect(bad.contains("id=\"provider\" name=\"provider\" value=\"Mind\""))
        #expect(try test.count("SELECT count(*) FROM training_attendance") == 0)
        let fields = [("course", "trauma-informed-practice"), ("attended_on", "2026-03-02"), ("provider", "Mind"), ("places", "12")]
        let saved = try coordinator.post("/trusted-people/\(alex)/training", fields)
        #expect(saved.status == 303)
        #expect(try test.count("SELECT count(*) FROM training_sessions WHERE course = 'trauma-informed-practice' AND held_on = '2026-03-02' AND provider = 'Mind' AND places = 12") == 1)
        #expect(try coordinator.get("/trusted-people/\(alex)").contains("Trauma-informed practice, <time datetime=\"2026-03-02\">2 Mar 2026</time> (Mind)"))
        let again = try coordinator.post("/trusted-people/\(alex)/training", fields)
        #expect(again.status == 422)
        #expect(again.contains("Alex is already recorded at trauma-informed practice on 2 Mar 2026."))
        let sam = try test.createTrustedPerson("Sam")
        _ = try coordinator.get("/trusted-people/\(sam)")
        #expect(try coordinator.post("/trusted-people/\(sam)/training", fields).status == 303)
        #expect(try test.count("SELECT count(*) FROM training_sessions") == 1)
        #expect(try test.count("SELECT count(*) FROM training_attendance") == 2)
    }

    @Test func onlyCoordinatorsRecordTraining() throws {
        let test = try TestApp()
        let alex = try test.createTrustedPerson("Alex")
        let (sam, _) = try test.signedInTrustedPerson()
        _ = try sam.get("/alongside")
        #expect(try sam.post("/trusted-people/\(alex)/training", [("course", "other"), ("attended_on", "2026-03-02")]).status == 403)
        #expect(try test.count("SELECT count(*) FROM training_attendance") == 0)
    }
}
