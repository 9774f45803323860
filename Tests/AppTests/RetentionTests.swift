import Domain
import Foundation
import SQLite
import Testing
@testable import App

/// The retention rule (issue 14, "Data rights"): closed records past the period lose names and
/// free text, everything else stays, so the quarterly report is the same; each step is logged
/// without the erased content; the dry run changes nothing; open cases and cases closed within
/// the period are never touched.
@Suite struct RetentionTests {
    /// A test app keeping closed records one year, with the demo cohort (for the report) and three
    /// people of our own: Ada closed on 1 Feb 2026, Bea closed on 1 Nov 2026, Cy still open.
    static func cohort() throws -> (test: TestApp, ada: Int64, bea: Int64, cy: Int64) {
        let test = try TestApp { $0.retentionYears = 1 }
        _ = try DemoData.load(test.app.services, now: test.now)
        var ids: [Int64] = []
        for (name, closedOn) in [("Ada Longclosed", "2026-02-01"), ("Bea Recentclosed", "2026-11-01"), ("Cy Stillopen", nil)] {
            let id = try test.refer(name)
            let sam = try test.createTrustedPerson("Helper of \(name)")
            try test.pool.write { db in
                _ = try TrustLinkStore.add(
                    NewTrustLink(trustedPersonID: sam, role: .primary, status: .active, confirmed: true, howItCameAbout: "HOW-\(name)",
                                 individualsWords: "WORDS-\(name)", introducedBy: nil, startedOn: TestApp.referralDate),
                    individualID: id, by: nil, now: test.now, db)
                try ContactStore.addContact(
                    individualID: id, on: TestApp.referralDate, kind: .phone, trustedPersonID: nil, servicesInvolved: "SERVICES-\(name)",
                    category: .notes, note: "NOTE-\(name)", by: nil, now: test.now, db)
                _ = try PlanStore.addGoal(individualID: id, goal: "GOAL-\(name)", by: nil, now: test.now, db)
                if let closedOn {
                    try IndividualStore.changeStatus(id, to: .closed, on: CalendarDate(iso: closedOn)!, reason: .noLongerNeedsSupport,
                                                     note: "CLOSING-\(name)", by: nil, now: test.now, db)
                }
            }
            try test.story(id, .story, "STORY-\(name)")
            try test.addStar(id, every: 4)
            ids.append(id)
        }
        test.advance(by: 300 * 86_400)
        return (test, ids[0], ids[1], ids[2])
    }

    /// Every row of every table of the main database but `sessions` (each request notes when the
    /// session was last seen), to show that nothing changed.
    static func snapshot(_ test: TestApp) throws -> [String: [[SQLValue]]] {
        try test.pool.read { db in
            let tables: [String] = try db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'sessions'").map { try $0.get("name") }
            return try Dictionary(uniqueKeysWithValues: tables.map { table in
                (table, try db.query("SELECT * FROM \(table) ORDER BY 1, 2").map(\.values))
            })
        }
    }

    static func reportCSVs(_ manager: TestClient) throws -> [String] {
        try ["2026Q1", "2026Q3", "2026Q4", "2027Q2"].map { quarter in
            let response = try manager.get("/reports/\(quarter).csv")
            #expect(response.status == 200)
            return response.body
        }
    }

    @Test func theDryRunSaysWhatWouldGoAndChangesNothing() throws {
        let (test, ada, bea, cy) = try Self.cohort()
        let before = try Self.snapshot(test)
        let lines = try RetentionCommand.run(test.app, dryRun: true, now: test.now)
        #expect(try Self.snapshot(test) == before)
        #expect(lines[0].hasPrefix("Dry run, nothing changed:"))
        let adaRef = try #require(try test.pool.read { db in try IndividualStore.reference(id: ada, db) })
        let adaLine = try #require(lines.first { $0.hasPrefix(adaRef + " ") })
        #expect(adaLine == "\(adaRef) (closed 2026-02-01): identity 1, case-notes 1, story 1, plan 1, contacts 2, consents 2, circle 2")
        #expect(!lines.contains { $0.contains("Ada") || $0.contains("STORY") }, "names or content in the dry run")
        for id in [bea, cy] {
            let ref = try #require(try test.pool.read { db in try IndividualStore.reference(id: id, db) })
            #expect(!lines.contains { $0.hasPrefix(ref + " ") }, "\(ref) listed")
        }
        #expect(lines.last?.hasPrefix("Total: identity ") == true)
        #expect(try test.count("SELECT count(*) FROM retention_erasures") == 0)
    }

    @Test func anonymisingKeepsTheReportAndLeavesOpenAndRecentCasesAlone() throws {
        let (test, ada, bea, cy) = try Self.cohort()
        let manager = try test.signedIn([.manager], email: "morgan@example.org")
        let reportsBefore = try Self.reportCSVs(manager)
        let untouched = { (id: Int64) throws -> [[SQLValue]] in
            try test.pool.read { db in
                try db.query("""
                    SELECT i.*, (SELECT group_concat(body) FROM story_entries WHERE individual_id = i.id),
                        (SELECT group_concat(note || services_involved) FROM contacts WHERE individual_id = i.id),
                        (SELECT group_concat(how_it_came_about || individuals_words) FROM trust_links WHERE individual_id = i.id)
                    FROM individuals i WHERE i.id = ?
                    """, id).map(\.values)
            }
        }
        let beaBefore = try untouched(bea)
        let cyBefore = try untouched(cy)
        let lines = try RetentionCommand.run(test.app, dryRun: false, now: test.now)
        #expect(lines[0].hasPrefix("Anonymised "))
        #expect(try Self.reportCSVs(manager) == reportsBefore)
        #expect(try test.count("SELECT count(DISTINCT individual_id) FROM retention_erasures") > 5, "the demo's long-closed people were anonymised too")
        #expect(try untouched(bea) == beaBefore)
        #expect(try untouched(cy) == cyBefore)
        let adaText: String = try test.pool.read { db in
            try db.scalar("""
                SELECT i.preferred_name || '|' || (SELECT group_concat(body) FROM story_entries WHERE individual_id = i.id) || '|'
                    || (SELECT group_concat(note || services_involved) FROM contacts WHERE individual_id = i.id) || '|'
                    || (SELECT group_concat(goal) FROM plan_goals WHERE individual_id = i.id) || '|'
                    || (SELECT count(*) FROM individual_status_events WHERE individual_id = i.id AND note != '')
                FROM individuals i WHERE i.id = ?
                """, ada) ?? ""
        }
        #expect(adaText == "(erased)||||0")
        let kinds: [String] = try test.pool.read { db in
            try db.query("SELECT kind, via, erased_by FROM retention_erasures WHERE individual_id = ? ORDER BY id", ada).map { try $0.get("kind") }
        }
        #expect(kinds == ["identity", "case-notes", "story", "plan", "contacts", "consents", "circle"])
        #expect(try test.count("SELECT count(*) FROM retention_erasures WHERE via != 'command line' OR erased_by IS NOT NULL") == 0)
        #expect(try test.count("SELECT count(*) FROM retention_erasures WHERE individual_id IN (\(bea), \(cy))") == 0)
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE action = 'erase' AND individual_id = \(ada) AND reason NOT LIKE '%STORY-Ada%'") == 1)
        #expect(try RetentionCommand.run(test.app, dryRun: false, now: test.now).first?.hasPrefix("Nothing to erase") == true)
        let export = try SubjectAccessTests.export(manager, reference: try #require(try test.pool.read { db in try IndividualStore.reference(id: ada, db) }))
        #expect(export.contains("Information erased under the retention rule") && !export.contains("STORY-Ada"))
    }

    @Test func aFailureHalfWayErasesNothing() throws {
        let (test, _, _, _) = try Self.cohort()
        try test.pool.write { db in
            try db.execute("CREATE TRIGGER refuse_contact_erasure BEFORE UPDATE OF note ON contacts BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        let before = try Self.snapshot(test)
        #expect(throws: (any Error).self) { try RetentionCommand.run(test.app, dryRun: false, now: test.now) }
        #expect(try Self.snapshot(test) == before)
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE action = 'erase'") == 0)
    }

    @Test func theManagerSeesTheDryRunByReferenceAndOthersAreRefused() throws {
        let (test, ada, _, _) = try Self.cohort()
        let adaRef = try #require(try test.pool.read { db in try IndividualStore.reference(id: ada, db) })
        let manager = try test.signedIn([.manager])
        let before = try Self.snapshot(test)
        let page = try manager.get("/admin/retention")
        #expect(page.status == 200)
        #expect(page.contains("<th scope=\"row\">\(adaRef)</th>") && page.contains("Story entries (every version): 1"))
        #expect(!page.contains("Ada Longclosed"))
        #expect(try Self.snapshot(test) == before)
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE action = 'list' AND reason = 'Retention dry run (retention page)' AND individual_id = \(ada)") == 1)
        let coordinator = try test.signedIn([.coordinator])
        #expect(try coordinator.get("/admin/retention").status == 403)
    }

    @Test func theRuleCountsWholeYearsFromClosure() {
        let rule = RetentionRule(years: 6)
        let today = CalendarDate(iso: "2026-12-05")!
        #expect(rule.isDue(status: .closed, closedOn: CalendarDate(iso: "2020-12-05"), today: today))
        #expect(!rule.isDue(status: .closed, closedOn: CalendarDate(iso: "2020-12-06"), today: today))
        #expect(!rule.isDue(status: .open, closedOn: CalendarDate(iso: "2010-01-01"), today: today))
        #expect(RetentionRule(years: 1).latestDueClosure(today: CalendarDate(iso: "2028-02-29")!) == CalendarDate(iso: "2027-02-28"))
    }

    @Test func theRetentionPeriodIsConfigurable() throws {
        let root = TestApp.rootDirectory
        #expect(try AppConfiguration.resolve(CommandLineOptions(), environment: [:], rootDirectory: root).retentionYears == 6)
        #expect(try AppConfiguration.resolve(CommandLineOptions(), environment: ["TP_RETENTION_YEARS": "8"], rootDirectory: root).retentionYears == 8)
        for bad in ["0", "six", "101"] {
            #expect(throws: CommandLineOptions.UsageError.self) {
                try AppConfiguration.resolve(CommandLineOptions(), environment: ["TP_RETENTION_YEARS": bad], rootDirectory: root)
            }
        }
        #expect(try CommandLineOptions.parse(["retention", "--dry-run"]).command == .retention(dryRun: true))
        #expect(try CommandLineOptions.parse(["retention"]).command == .retention(dryRun: false))
        #expect(throws: CommandLineOptions.UsageError.self) { try CommandLineOptions.parse(["migrate", "--dry-run"]) }
        let directory = NSTemporaryDirectory() + "tp-retention-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(CommandRunner.run(["retention", "--dry-run", "--db", directory + "/tp.sqlite"], environment: ["TP_ROOT": root]) == 0)
        #expect(CommandRunner.run(["retention", "--db", directory + "/tp.sqlite"], environment: ["TP_ROOT": root, "TP_RETENTION_YEARS": "x"]) == 2)
    }
}
