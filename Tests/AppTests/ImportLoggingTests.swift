import Domain
import Foundation
import SQLite
import Testing
@testable import App

/// Importing is a coordinator's job and never a window around the access log: every import,
/// dry run included, writes one entry per person it touched; and an import never invents a
/// consent (PRODUCT.md, "Consent — the rule at the heart").
@Suite struct ImportLoggingTests {
    static let starHeader = "person_ref,assessed_on," + StarArea.allCases.map(\.rawValue).joined(separator: ",")

    static func star(_ ref: String, every score: Int) -> String {
        "\(ref),2025-02-01," + Array(repeating: String(score), count: StarArea.allCases.count).joined(separator: ",")
    }

    /// Uploads `contents` as a coordinator and returns the preview and the confirm path.
    func preview(_ client: TestClient, kind: String, file: String, _ contents: String) throws -> (TestResponse, String?) {
        try client.get("/imports")
        let preview = try client.postFile("/imports", fields: [("kind", kind)], fileField: "file", fileName: file, contents: contents)
        let pending = preview.body.firstMatch(of: /action="(\/imports\/\d+\/confirm)"/).map { String($0.1) }
        return (preview, pending)
    }

    /// Imports the two people of `ImportTests.people` on the web as `client`.
    func importPeople(_ client: TestClient) throws {
        let (_, confirm) = try preview(client, kind: "people", file: "people.csv", ImportTests.people)
        try client.post(try #require(confirm))
    }

    func userID(_ test: TestApp, _ email: String) throws -> Int64 {
        try test.pool.read { db in try db.scalar("SELECT id FROM users WHERE email = ?", email) ?? 0 }
    }

    func individualID(_ test: TestApp, _ ref: String) throws -> Int64 {
        try test.pool.read { db in try db.scalar("SELECT id FROM individuals WHERE ref = ?", ref) ?? 0 }
    }

    @Test func anImportRecordsTheLawfulBasisButNoConsentNobodyGave() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        try importPeople(coordinator)
        #expect(try test.count("SELECT count(*) FROM individuals") == 2)
        #expect(try test.count("SELECT count(*) FROM consents") == 0)
        #expect(try test.count("SELECT count(*) FROM lawful_bases") == 2)
    }

    @Test func anImportedPersonIsListedAsNoConsentRecordedAndCoordinatorsReadOnlyTheMinimum() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let recent = ImportTests.people.replacingOccurrences(of: "2025-01-10", with: "2026-10-01")
        let (_, confirm) = try preview(coordinator, kind: "people", file: "people.csv", recent)
        try coordinator.post(try #require(confirm))
        let ash = try individualID(test, "CF-9001")
        try test.story(ash, .story, "Told once, in my own words")
        let caseload = try coordinator.get("/caseload")
        #expect(caseload.contains("Ash (CF-9001)</a>: no consent recorded"))
        let record = try coordinator.get("/people/\(ash)")
        #expect(record.status == 200)
        #expect(!record.contains("Told once, in my own words"))
        try test.consent(ash, to: .coordinationTeam, Set(InformationCategory.allCases))
        #expect(!(try coordinator.get("/caseload")).contains("Ash (CF-9001)</a>: no consent recorded"))
        #expect(try coordinator.get("/people/\(ash)").contains("Told once, in my own words"))
    }

    @Test func aWebDryRunAndItsConfirmationEachLogOneEntryPerPersonTouched() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator], email: "cora@example.org")
        let cora = try userID(test, "cora@example.org")
        let (_, confirm) = try preview(coordinator, kind: "people", file: "people.csv", ImportTests.people)
        #expect(try test.count("SELECT count(*) FROM individuals") == 0)
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE action = 'import-dry-run' AND user_id = \(cora)") == 0)
        try coordinator.post(try #require(confirm))
        let ids = [try individualID(test, "CF-9001"), try individualID(test, "CF-9002")]
        let categories = "contact-details,health,housing,justice,notes,safety,substance-use"
        for id in ids {
            #expect(try test.countLog(
                "SELECT count(*) FROM access_log WHERE action = 'import' AND user_id = \(cora) AND individual_id = \(id) AND categories = '\(categories)' AND reason LIKE '%people.csv%'") == 1)
        }
        let star = [Self.starHeader, Self.star("CF-9001", every: 4), Self.star("CF-9002", every: 6)].joined(separator: "\n")
        _ = try preview(coordinator, kind: "star", file: "star.csv", star)
        for id in ids {
            #expect(try test.countLog(
                "SELECT count(*) FROM access_log WHERE action = 'import-dry-run' AND individual_id = \(id) AND categories = 'assessments' AND reason LIKE '%star.csv%'") == 1)
        }
        #expect(try test.count("SELECT count(*) FROM star_readings") == 0)
    }

    @Test func aDryRunComparingUnchangedScoresIsLoggedToo() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        try importPeople(coordinator)
        let ash = try individualID(test, "CF-9001")
        try test.addStar(ash, every: 4, on: CalendarDate(iso: "2025-02-01")!)
        let (preview, _) = try preview(coordinator, kind: "star", file: "guess.csv", [Self.starHeader, Self.star("CF-9001", every: 4)].joined(separator: "\n"))
        #expect(preview.contains("<strong>1</strong> as they were"))
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE action = 'import-dry-run' AND individual_id = \(ash) AND reason LIKE '%guess.csv%'") == 1)
    }

    @Test func aFileRejectedWhileWritingStillLogsWhomItCompared() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        try importPeople(coordinator)
        let (_, confirm) = try preview(coordinator, kind: "trusted-people", file: "tp.csv", "key,name,kind,organisation,paid\nsam,Sam Carter,person,,paid")
        try coordinator.post(try #require(confirm))
        let ash = try individualID(test, "CF-9001")
        let sam: Int64 = try test.pool.read { db in try db.scalar("SELECT id FROM trusted_people WHERE key = 'sam'") ?? 0 }
        try test.pool.write { db in
            try TrustLinkStore.markUnsafe(individualID: ash, trustedPersonID: sam, reason: "Concern", by: nil, now: test.now, today: TestApp.referralDate, db)
        }
        let (refused, _) = try preview(coordinator, kind: "trust-links", file: "links.csv", "person_ref,trusted_key,role,started_on\nCF-9001,sam,primary,2025-02-01")
        #expect(refused.status == 422)
        #expect(try test.countLog(
            "SELECT count(*) FROM access_log WHERE action = 'import-dry-run' AND individual_id = \(ash) AND categories = 'notes,story' AND reason LIKE '%links.csv (rejected%'") == 1)
        #expect(try test.count("SELECT count(*) FROM trust_links") == 0)
    }

    @Test func filesAboutNoIndividualWriteNoEntries() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let before = try test.countLog("SELECT count(*) FROM access_log")
        _ = try preview(coordinator, kind: "trusted-people", file: "tp.csv", "key,name,kind,organisation,paid\nsam,Sam Carter,person,,paid")
        _ = try preview(coordinator, kind: "barriers", file: "b.csv", "ref,title,category,raised_on,status\nB-0100,Waiting lists,capacity,2025-01-01,raised")
        #expect(try test.countLog("SELECT count(*) FROM access_log") == before)
    }

    @Test func managersNoLongerImport() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        #expect(try manager.get("/imports").status == 403)
        #expect(!(try manager.get("/")).contains("href=\"/imports\""))
    }

    /// A dry run of people not yet stored reads nobody's information, so it has no one to log;
    /// once they are stored, every run that compares them is logged.
    @Test func theCommandLineLogsEveryImportWithNoUser() throws {
        let directory = NSTemporaryDirectory() + "tp-import-log-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/people.csv"
        try ImportTests.people.write(toFile: file, atomically: true, encoding: .utf8)
        let environment = ["TP_ROOT": TestApp.rootDirectory]
        let database = directory + "/db.sqlite"
        #expect(CommandRunner.run(["import", "people", file, "--db", database, "--dry-run"], environment: environment) == 0)
        #expect(CommandRunner.run(["import", "people", file, "--db", database], environment: environment) == 0)
        #expect(CommandRunner.run(["import", "people", file, "--db", database, "--dry-run"], environment: environment) == 0)
        let log = try DatabasePool(path: AppConfiguration.accessLogPath(beside: database))
        func count(_ condition: String) throws -> Int {
            try log.read { db in try db.scalar("SELECT count(*) FROM access_log WHERE " + condition) ?? 0 }
        }
        #expect(try count("action = 'import' AND user_id IS NULL AND individual_id IS NOT NULL AND reason LIKE '%people.csv%'") == 2)
        #expect(try count("action = 'import-dry-run' AND user_id IS NULL AND individual_id IS NOT NULL AND reason LIKE '%people.csv%'") == 2)
        #expect(try count("reason LIKE '%people%' AND reason NOT LIKE '%" + file + "%'") == 0)
    }
}

/// The demo cohort is referred in person, so every demo person has the consent they gave to the
/// coordination team, and the caseload has nobody to list as "no consent recorded".
@Suite struct DemoConsentTests {
    @Test func everyDemoPersonHasARealConsentToTheCoordinationTeam() throws {
        let test = try TestApp()
        _ = try DemoData.load(test.app.services, now: test.now)
        #expect(try test.count("SELECT count(*) FROM individuals") > 0)
        #expect(try test.count(
            "SELECT count(*) FROM individuals i WHERE NOT EXISTS (SELECT 1 FROM consents k WHERE k.individual_id = i.id AND k.recipient_kind = 'coordination-team' AND k.how_given = 'verbal')") == 0)
        #expect(try test.pool.read { db in try ConsentStore.withoutCoordinationConsent(db) }.isEmpty)
    }
}
