import Domain
import Foundation
import Testing
@testable import App

/// The subject-access export (issue 14, "Data rights"): only a holder of `exportPersonalData`
/// (the manager) produces it, it holds everything on the record with its corrections and the
/// whole access log, producing it is logged with its reason, and unsafe markings never name
/// the other person.
@Suite struct SubjectAccessTests {
    /// A person with something in every part of the record; returns their id.
    static func richPerson(_ test: TestApp) throws -> Int64 {
        let person = try test.refer("Robin Fernsby")
        let sam = try test.createTrustedPerson("Sam Carter")
        let dale = try test.createTrustedPerson("Dale Harrow")
        try test.pool.write { db in
            _ = try TrustLinkStore.add(
                NewTrustLink(trustedPersonID: sam, role: .primary, status: .active, confirmed: true, howItCameAbout: "Met at the day centre",
                             individualsWords: "SAM-WORDS-MARK", introducedBy: nil, startedOn: TestApp.referralDate),
                individualID: person, by: nil, now: test.now, db)
            try TrustLinkStore.markUnsafe(
                individualID: person, trustedPersonID: dale, reason: "UNSAFE-REASON-MARK", by: nil, now: test.now, today: TestApp.referralDate, db)
            let entry = try StoryStore.add(individualID: person, category: .story, toldOn: TestApp.referralDate, body: "STORY-V1-MARK", by: nil, now: test.now, db)
            try StoryStore.amend(entryID: entry, individualID: person, category: .story, toldOn: TestApp.referralDate, body: "STORY-V2-MARK", by: nil, now: test.now, db)
            try ContactStore.addContact(
                individualID: person, on: TestApp.referralDate, kind: .phone, trustedPersonID: sam, servicesInvolved: "Housing options",
                category: .notes, note: "CONTACT-NOTE-MARK", by: nil, now: test.now, db)
            let goal = try PlanStore.addGoal(individualID: person, goal: "PLAN-GOAL-MARK", by: nil, now: test.now, db)
            try PlanStore.addStep(goalID: goal, individualID: person, step: "PLAN-STEP-MARK", who: "Sam", dueOn: nil, by: nil, now: test.now, db)
            let ndt = try AssessmentStore.addNDT(NDTAssessment(ratings: [:], assessedOn: TestApp.referralDate), individualID: person, by: nil, now: test.now, db)
            try AssessmentStore.correctNDT(ndt, NDTAssessment(ratings: [:], assessedOn: TestApp.referralDate), reason: "NDT-REASON-MARK",
                                           individualID: person, by: nil, now: test.now, db)
        }
        try test.story(person, .health, "HEALTH-STORY-MARK")
        return person
    }

    static func export(_ manager: TestClient, reference: String, format: String = "html", reason: String = "Letter of 1 Dec 2026, by post") throws -> TestResponse {
        try manager.get("/admin/subject-access")
        return try manager.post("/admin/subject-access", [("reference", reference), ("reason", reason), ("format", format)])
    }

    @Test(arguments: [Role.coordinator, .trustedPerson, .champion, .individual])
    func everyoneButTheManagerIsRefused(role: Role) throws {
        let test = try TestApp()
        let person = try Self.richPerson(test)
        let client = try test.signedIn([role])
        #expect(try client.get("/admin/subject-access").status == 403)
        let refused = try client.post("/admin/subject-access", [("reference", "CF-0001"), ("reason", "Letter of 1 Dec 2026"), ("format", "json")])
        #expect(refused.status == 403)
        #expect(!refused.contains("STORY-V2-MARK"))
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE action = 'subject-access-export' AND individual_id = \(person)") == 0)
    }

    @Test func thePrintablePageHoldsEverythingWithCorrectionsAndTheAccessLog() throws {
        let test = try TestApp()
        let person = try Self.richPerson(test)
        let coordinator = try test.signedIn([.coordinator], email: "casey@example.org")
        #expect(try coordinator.get("/people/\(person)").status == 200)
        let manager = try test.signedIn([.manager], email: "morgan@example.org")
        let page = try Self.export(manager, reference: "cf-1")
        #expect(page.status == 200)
        for marker in ["STORY-V1-MARK", "STORY-V2-MARK", "HEALTH-STORY-MARK", "CONTACT-NOTE-MARK", "PLAN-GOAL-MARK", "PLAN-STEP-MARK",
                       "SAM-WORDS-MARK", "Sam Carter", "NDT-REASON-MARK", "UNSAFE-REASON-MARK", "Robin Fernsby", "CF-0001"] {
            #expect(page.contains(marker), "\(marker) missing from the export")
        }
        #expect(!page.contains("Dale Harrow"), "the person marked unsafe is named")
        #expect(page.contains("Who has looked at your information"))
        #expect(page.contains("casey@example.org") && page.contains("Opened the record page"))
        #expect(page.contains("subject-access-export") && page.contains("Letter of 1 Dec 2026, by post"))
        let logged = try test.countLog("""
            SELECT count(*) FROM access_log WHERE action = 'subject-access-export' AND individual_id = \(person)
              AND user_id = (SELECT max(user_id) FROM access_log WHERE action = 'subject-access-export')
              AND reason LIKE '%Letter of 1 Dec 2026, by post%' AND categories LIKE '%story%'
            """)
        #expect(logged == 1)
    }

    @Test func theJSONDownloadHasEverySectionAndTheAccessLogEntries() throws {
        let test = try TestApp()
        let person = try Self.richPerson(test)
        let coordinator = try test.signedIn([.coordinator], email: "casey@example.org")
        #expect(try coordinator.get("/people/\(person)").status == 200)
        let manager = try test.signedIn([.manager])
        let download = try Self.export(manager, reference: "CF-0001", format: "json")
        #expect(download.status == 200)
        #expect(download.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(download.headers["Content-Disposition"] == "attachment; filename=\"CF-0001-subject-access.json\"")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(download.body.utf8)) as? [String: Any])
        #expect(json["reference"] as? String == "CF-0001")
        let sections = try #require(json["sections"] as? [[String: Any]])
        let keys = sections.compactMap { $0["key"] as? String }
        for key in ["record", "disadvantages", "case_history", "corrections", "story", "plan_goals", "plan_steps", "contacts", "meetings",
                    "consents", "lawful_basis", "safeguarding_overrides", "circle", "circle_events", "discussions", "handovers",
                    "unsafe_markings", "marked_unsafe", "ndt", "star", "accommodation", "service_use", "surveys", "help_requests",
                    "erasures", "access_log"] {
            #expect(keys.contains(key), "\(key) missing")
        }
        func items(_ key: String) -> [[String: Any]] {
            (sections.first { $0["key"] as? String == key }?["items"] as? [[String: Any]]) ?? []
        }
        #expect(items("story").compactMap { $0["body"] as? String }.sorted() == ["HEALTH-STORY-MARK", "STORY-V1-MARK", "STORY-V2-MARK"])
        #expect(items("ndt").count == 2)
        let log = items("access_log")
        #expect(log.contains { $0["who"] as? String == "casey@example.org" && $0["reason"] as? String == "Opened the record page" })
        #expect(log.last?["action"] as? String == "subject-access-export")
        #expect(items("unsafe_markings").first?["reason"] as? String == "UNSAFE-REASON-MARK")
        #expect(!download.body.contains("Dale Harrow"))
    }

    @Test func aMarkingProtectingSomeoneElseNeverSaysWhom() throws {
        let test = try TestApp()
        let other = try test.refer("Olive Otherby")
        let subject = try test.refer("Robin Fernsby")
        let account = try test.createUser("robin@example.org", roles: [.individual, .trustedPerson])
        try test.pool.write { db in try IndividualStore.linkAccount(individualID: subject, userID: account, db) }
        let robinAsTrusted = try test.createTrustedPerson("Robin F", userID: account)
        try test.pool.write { db in
            try TrustLinkStore.markUnsafe(
                individualID: other, trustedPersonID: robinAsTrusted, reason: "OTHER-REASON-MARK", by: nil, now: test.now,
                today: TestApp.referralDate, db)
        }
        let manager = try test.signedIn([.manager])
        let download = try Self.export(manager, reference: "CF-0002", format: "json")
        #expect(download.status == 200)
        #expect(download.body.contains("\"key\": \"marked_unsafe\""))
        let section = try #require(download.body.firstMatch(of: /"key": "marked_unsafe".*?"items": \[(.*?)\]\}/.dotMatchesNewlines()))
        #expect(section.1.contains("recorded_at"))
        for hidden in ["Olive", "CF-0001", "OTHER-REASON-MARK"] {
            #expect(!download.body.contains(hidden), "\(hidden) revealed")
        }
    }

    @Test func badInputComesBackBesideTheFieldsAndExportsNothing() throws {
        let test = try TestApp()
        _ = try Self.richPerson(test)
        let manager = try test.signedIn([.manager])
        let page = try Self.export(manager, reference: "CF-9999", format: "pdf", reason: "short")
        #expect(page.status == 422)
        #expect(page.contains("No one has the reference CF-9999"))
        #expect(page.contains("id=\"reason-error\"") && page.contains("id=\"format-error\""))
        #expect(page.contains("value=\"CF-9999\"") && page.contains(">short</textarea>"))
        #expect(!page.contains("STORY-V2-MARK"))
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE action = 'subject-access-export'") == 0)
    }

    @Test func changingDetailsKeepsWhatTheyWereOnTheRecordAndInTheExport() throws {
        let test = try TestApp()
        let person = try test.refer("Robin Fernsby")
        let coordinator = try test.signedIn([.coordinator], email: "casey@example.org")
        try coordinator.get("/people/\(person)/edit")
        let saved = try coordinator.post("/people/\(person)/edit", [
            ("preferred_name", "Robyn Fernsby"), ("legal_name", "Robyn Q Fernsby"), ("date_of_birth", "1980-02-03"), ("district", "fenland"),
            ("cohort_group", "not-known"), ("referral_source", ""), ("referred_on", "2026-01-05"),
            ("homelessness", "on"), ("homelessness_on", "2026-01-05"), ("mental_health", "on"), ("mental_health_on", "2026-01-05"),
            ("offending", "on"), ("offending_on", "2026-01-05"),
        ])
        #expect(saved.status == 303)
        let rows = try test.pool.read { db in
            try db.query("SELECT field, old_value, new_value, corrected_by FROM record_corrections WHERE individual_id = ? ORDER BY id", person)
        }
        #expect(rows.map { try! $0.get("field") as String } == ["Preferred name", "Legal name", "Date of birth"])
        #expect(try rows[0].get("old_value") as String == "Robin Fernsby")
        #expect(try rows[0].get("new_value") as String == "Robyn Fernsby")
        #expect((try rows[0].get("corrected_by") as Int64?) != nil)
        let record = try coordinator.get("/people/\(person)")
        #expect(record.contains("Corrections to details"))
        #expect(record.contains("<th scope=\"row\">Preferred name</th><td>Robin Fernsby</td><td>Robyn Fernsby</td><td>casey@example.org</td>"))
        let manager = try test.signedIn([.manager])
        let export = try Self.export(manager, reference: "CF-0001", format: "json")
        #expect(export.contains("{\"field\": \"Preferred name\", \"old_value\": \"Robin Fernsby\", \"new_value\": \"Robyn Fernsby\", \"corrected_by\": \"casey@example.org\""))
    }

    @Test func theCommandLineWritesTheExportAndLogsIt() throws {
        let test = try TestApp()
        let person = try Self.richPerson(test)
        let json = try ExportPersonCommand.output(test.app, reference: "CF-0001", format: .json, reason: "SAR 2026-12-01", now: test.now)
        #expect(json.contains("\"reference\": \"CF-0001\"") && json.contains("STORY-V2-MARK") && json.contains("\"produced_by\": \"The command line\""))
        let html = try ExportPersonCommand.output(test.app, reference: "CF-0001", format: .html, reason: nil, now: test.now)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("CONTACT-NOTE-MARK"))
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE action = 'subject-access-export' AND user_id IS NULL AND individual_id = \(person)") == 2)
        #expect(throws: ExportPersonCommand.UnknownReference.self) {
            try ExportPersonCommand.output(test.app, reference: "CF-0404", format: .json, reason: nil, now: test.now)
        }
        #expect(try CommandLineOptions.parse(["export-person", "--reference", "CF-0042", "--format", "html"]).command
                == .exportPerson(reference: "CF-0042", format: .html, reason: nil))
        #expect(try CommandLineOptions.parse(["export-person", "--reference", "CF-0042"]).command == .exportPerson(reference: "CF-0042", format: .json, reason: nil))
        for bad in [["export-person"], ["export-person", "--reference", "CF-1", "--format", "csv"], ["migrate", "--reference", "CF-1"]] {
            #expect(throws: CommandLineOptions.UsageError.self) { try CommandLineOptions.parse(bad) }
        }
        let environment = ["TP_ROOT": TestApp.rootDirectory]
        let database = test.directory + "/test.sqlite"
        #expect(CommandRunner.run(["export-person", "--reference", "CF-0404", "--db", database], environment: environment) == 1)
        #expect(CommandRunner.run(["export-person", "--db", database], environment: environment) == 2)
    }
}
