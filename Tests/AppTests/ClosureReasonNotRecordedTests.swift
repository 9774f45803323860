import Domain
import Foundation
import SQLite
import Testing
@testable import App

/// `closure_reason` is optional in the people import (REPORTS.md): a closed person without one
/// is imported with the reason unknown, and the record page says it was not recorded.
@Suite struct ClosureReasonNotRecordedTests {
    static let header =
        "ref,preferred_name,district,cohort_group,status,opened_on,closed_on,closure_reason,homelessness,mental_health,substance_misuse,domestic_abuse,offending\n"

    @Test func importsAClosedPersonWithoutAReasonAndTheRecordSaysItWasNotRecorded() throws {
        let test = try TestApp()
        let file = Self.header + "CF-9101,Rowan,fenland,not-known,closed,2025-01-10,2025-06-30,,yes,yes,yes,no,no\n"
        let outcome = try Importer.run(kind: .people, bytes: Array(file.utf8), file: "people.csv", dryRun: false, pool: test.pool, log: test.app.services.personalData.log, userID: nil, now: test.now)
        #expect(outcome.errors.isEmpty, "\(outcome.errors.map(\.description))")
        #expect(outcome.added == 1)
        #expect(try test.count("SELECT count(*) FROM individuals WHERE ref = 'CF-9101' AND status = 'closed' AND closure_reason IS NULL") == 1)
        let again = try Importer.run(kind: .people, bytes: Array(file.utf8), file: "people.csv", dryRun: false, pool: test.pool, log: test.app.services.personalData.log, userID: nil, now: test.now)
        #expect((again.added, again.changed, again.unchanged) == (0, 0, 1))
        let id = try test.count("SELECT id FROM individuals WHERE ref = 'CF-9101'")
        try test.consent(Int64(id), to: .coordinationTeam, [.notes])
        let coordinator = try test.signedIn([.coordinator])
        let page = try coordinator.get("/people/\(id)")
        #expect(page.status == 200)
        #expect(page.contains("closed 30 Jun 2025 (reason not recorded)"))
        #expect(page.contains("Closed (reason not recorded)"))
        #expect(!page.contains("()"))
    }

    /// The closure reason is a note: without the person's consent to the coordination team
    /// (an import records none), it is not shown at all.
    @Test func theClosureReasonIsANote() throws {
        let test = try TestApp()
        let file = Self.header + "CF-9103,Ash,fenland,not-known,closed,2025-01-10,2025-06-30,prison,yes,yes,yes,no,no\n"
        _ = try Importer.run(kind: .people, bytes: Array(file.utf8), file: "people.csv", dryRun: false, pool: test.pool, log: test.app.services.personalData.log, userID: nil, now: test.now)
        let id = try test.count("SELECT id FROM individuals WHERE ref = 'CF-9103'")
        let page = try test.signedIn([.coordinator]).get("/people/\(id)")
        #expect(page.contains("closed 30 Jun 2025"))
        #expect(!page.contains("(Prison)"))
    }

    @Test func aClosedPersonWithAReasonStillShowsIt() throws {
        let test = try TestApp()
        let file = Self.header + "CF-9102,Sky,fenland,not-known,closed,2025-01-10,2025-06-30,moved-out-of-area,yes,yes,yes,no,no\n"
        _ = try Importer.run(kind: .people, bytes: Array(file.utf8), file: "people.csv", dryRun: false, pool: test.pool, log: test.app.services.personalData.log, userID: nil, now: test.now)
        let id = try test.count("SELECT id FROM individuals WHERE ref = 'CF-9102'")
        try test.consent(Int64(id), to: .coordinationTeam, [.notes])
        let page = try test.signedIn([.coordinator]).get("/people/\(id)")
        #expect(page.contains("closed 30 Jun 2025 (Moved out of area)"))
        #expect(!page.contains("reason not recorded"))
    }

    @Test func aClosedCaseStillNeedsItsClosingDate() throws {
        let test = try TestApp()
        let id = try test.refer("Quinn")
        #expect(throws: SQLiteError.self) {
            try test.pool.write { db in
                try db.execute("UPDATE individuals SET status = 'closed', closed_on = NULL, closure_reason = 'died' WHERE id = ?", id)
            }
        }
        #expect(try test.count("SELECT count(*) FROM individuals WHERE status = 'closed'") == 0)
    }
}

/// Migration 0011 rebuilds `individuals` without the rule that a closed case must have a
/// reason, keeping every row, every reference to it and every index.
@Suite struct ClosureReasonMigrationTests {
    @Test func keepsEveryPersonAndEveryReferenceToThem() throws {
        let folder = NSTemporaryDirectory() + "tp-migrate-" + UUID().uuidString
        let migrations = folder + "/migrations"
        try FileManager.default.createDirectory(atPath: migrations, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let real = TestApp.rootDirectory + "/migrations"
        let files = try FileManager.default.contentsOfDirectory(atPath: real).filter { $0.hasSuffix(".sql") }.sorted()
        let rebuild = try #require(files.first { $0.hasPrefix("0011_") })
        for file in files where file < rebuild {
            try FileManager.default.copyItem(atPath: real + "/" + file, toPath: migrations + "/" + file)
        }
        let pool = try DatabasePool(path: folder + "/db.sqlite")
        try Migrator(directory: migrations).migrate(pool)
        try pool.write { db in
            for (id, status, closed, reason) in [(1, "open", nil, nil), (2, "closed", "2025-02-01", "died"), (3, "referred", nil, nil)] as [(Int, String, String?, String?)] {
                try db.execute(
                    """
                    INSERT INTO individuals (id, ref, preferred_name, district, cohort_group, status, referred_on, opened_on, closed_on,
                        closure_reason, created_at, updated_at)
                    VALUES (?, ?, ?, 'fenland', 'not-known', ?, '2025-01-01', ?, ?, ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')
                    """, id, "CF-\(id)", "Person \(id)", status, status == "referred" ? nil : "2025-01-02", closed, reason)
                try db.execute(
                    "INSERT INTO individual_disadvantages (individual_id, kind, recorded_on) VALUES (?, 'homelessness', '2025-01-01')", id)
            }
            try db.execute(
                "INSERT INTO individual_status_events (individual_id, status, effective_on, recorded_at) VALUES (2, 'closed', '2025-02-01', 'x')")
        }
        #expect(try Migrator(directory: real).migrate(pool).contains(rebuild))
        try pool.read { db in
            let people: String? = try db.scalar(
                "SELECT group_concat(ref || ':' || status || ':' || coalesce(closure_reason, '-'), ' ') FROM (SELECT * FROM individuals ORDER BY id)")
            #expect(people == "CF-1:open:- CF-2:closed:died CF-3:referred:-")
            let disadvantages: Int? = try db.scalar("SELECT count(*) FROM individual_disadvantages")
            #expect(disadvantages == 3)
            #expect(try db.query("PRAGMA foreign_key_check").isEmpty)
            let indexes: String? = try db.scalar("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'individuals' AND sql IS NOT NULL ORDER BY name)")
            // 0011's three, and the caseload's sorts that 0015 adds.
            #expect(indexes == "individuals_caseload individuals_district_name individuals_district_recent individuals_name individuals_status_recent individuals_updated")
            let scratch: Int? = try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'individuals_before_0011'")
            #expect(scratch == 0)
        }
        try pool.write { db in
            try db.execute("UPDATE individuals SET status = 'closed', closed_on = '2025-03-01' WHERE id = 1")
        }
        #expect(throws: SQLiteError.self) {
            try pool.write { db in try db.execute("DELETE FROM individuals WHERE id = 2") }
        }
    }
}
