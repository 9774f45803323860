import Domain
import Foundation
import Testing
@testable import App

@Suite struct ImportTests {
    static let people = """
        ref,preferred_name,district,cohort_group,status,opened_on,closed_on,closure_reason,homelessness,mental_health,substance_misuse,domestic_abuse,offending
        CF-9001,Ash,Fenland,not-known,open,2025-01-10,,,yes,y,1,no,false
        CF-9002,"Bo ""Bee"", Jr",peterborough,known-not-working,referred,,,,yes,yes,yes,no,no
        """

    func run(_ test: TestApp, _ kind: ImportKind, _ text: String, dryRun: Bool = false, file: String = "in.csv") throws -> ImportOutcome {
        try Importer.run(
            kind: kind, bytes: Array(text.utf8), file: file, dryRun: dryRun, pool: test.pool, log: test.app.services.personalData.log, userID: nil,
            now: test.now)
    }

    @Test func importsOnceAndAgainChangesNothing() throws {
        let test = try TestApp()
        let first = try run(test, .people, Self.people)
        #expect(first.errors.isEmpty)
        #expect((first.added, first.changed, first.unchanged) == (2, 0, 0))
        let again = try run(test, .people, Self.people)
        #expect((again.added, again.changed, again.unchanged) == (0, 0, 2))
        let edited = try run(test, .people, Self.people.replacingOccurrences(of: "CF-9001,Ash", with: "CF-9001,Ashley"))
        #expect((edited.added, edited.changed, edited.unchanged) == (0, 1, 1))
        #expect(try test.count("SELECT count(*) FROM individuals WHERE preferred_name = 'Bo \"Bee\", Jr' AND status = 'referred'") == 1)
        #expect(try test.count("SELECT count(*) FROM individual_disadvantages WHERE individual_id = (SELECT id FROM individuals WHERE ref = 'CF-9001')") == 3)
        #expect(try test.count("SELECT count(*) FROM consents") == 0)
        #expect(try test.count("SELECT count(*) FROM lawful_bases") == 2)
    }

    @Test func aDryRunWritesNothing() throws {
        let test = try TestApp()
        let outcome = try run(test, .people, Self.people, dryRun: true)
        #expect(outcome.added == 2)
        #expect(try test.count("SELECT count(*) FROM individuals") == 0)
    }

    @Test func aFileWithABadRowIsRejectedWholeWithEveryReason() throws {
        let test = try TestApp()
        let bad = Self.people + "\nCF-9003,Cy,Norfolk,not-known,open,,,,maybe,no,no,no,no"
        let outcome = try run(test, .people, bad, file: "people.csv")
        let lines = outcome.errors.map(\.description)
        #expect(lines.contains { $0.hasPrefix("people.csv:4: district: ") })
        #expect(lines.contains { $0.hasPrefix("people.csv:4: homelessness: ") })
        #expect(lines.contains { $0.hasPrefix("people.csv:4: opened_on: ") })
        #expect(try test.count("SELECT count(*) FROM individuals") == 0)
    }

    @Test func linksMustNameKnownPeopleAndTrustedPersonsAndNeverSomeoneUnsafe() throws {
        let test = try TestApp()
        _ = try run(test, .people, Self.people)
        _ = try run(test, .trustedPeople, "key,name,kind,organisation,paid\nsam,Sam Carter,person,Riverside Day Centre,paid\nlee,Lee,person,,volunteer")
        #expect(try test.count("SELECT count(*) FROM organisations WHERE name = 'Riverside Day Centre'") == 1)
        let unknown = try run(test, .trustLinks, "person_ref,trusted_key,role,started_on\nCF-9999,sam,trusted,2025-02-01", file: "links.csv")
        #expect(unknown.errors.map(\.description).first?.hasPrefix("links.csv:2: person_ref:") == true)
        let person: Int64 = try test.pool.read { db in try db.scalar("SELECT id FROM individuals WHERE ref = 'CF-9001'") ?? 0 }
        let lee: Int64 = try test.pool.read { db in try db.scalar("SELECT id FROM trusted_people WHERE key = 'lee'") ?? 0 }
        try test.pool.write { db in try db.execute("INSERT INTO unsafe_markings (individual_id, trusted_person_id, reason, recorded_at) VALUES (?, ?, 'Concern', ?)", person, lee, test.now) }
        let links = "person_ref,trusted_key,role,started_on,introduced_by\nCF-9001,sam,primary,2025-02-01,\nCF-9001,lee,trusted,2025-03-01,sam"
        let refused = try run(test, .trustLinks, links, file: "links.csv")
        #expect(refused.errors.map(\.description) == ["links.csv:3: trusted_key: recorded as unsafe for this person (Concern); they cannot be linked"])
        #expect(try test.count("SELECT count(*) FROM trust_links") == 0)
        let fine = try run(test, .trustLinks, "person_ref,trusted_key,role,started_on\nCF-9001,sam,primary,2025-02-01")
        #expect(fine.added == 1)
    }

    @Test func theCommandLineReportsEveryBadRowAndExitsOne() throws {
        let directory = NSTemporaryDirectory() + "tp-import-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/people.csv"
        try Self.people.write(toFile: file, atomically: true, encoding: .utf8)
        let environment = ["TP_ROOT": TestApp.rootDirectory]
        let database = directory + "/db.sqlite"
        #expect(CommandRunner.run(["import", "people", file, "--db", database, "--dry-run"], environment: environment) == 0)
        #expect(CommandRunner.run(["import", "people", file, "--db", database], environment: environment) == 0)
        #expect(CommandRunner.run(["import", "frogs", file, "--db", database], environment: environment) == 2)
        #expect(CommandRunner.run(["import", "people", directory + "/missing.csv", "--db", database], environment: environment) == 1)
        try "ref,preferred_name\nCF-1,X".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(CommandRunner.run(["import", "people", file, "--db", database], environment: environment) == 1)
        #expect(CommandRunner.run(["report", "--quarter", "2025Q1", "--db", database], environment: environment) == 0)
        #expect(CommandRunner.run(["report", "--quarter", "2025Q5", "--db", database], environment: environment) == 2)
        #expect(CommandRunner.run(["report", "--db", database], environment: environment) == 2)
    }
}

/// Generates cohort CSVs, imports them, computes the report, and compares it with figures
/// worked out independently here.
@Suite struct ReportRoundTripTests {
    @Test func importedDataGivesTheReportWeComputeByHand() throws {
        let test = try TestApp()
        var people = "ref,preferred_name,district,cohort_group,status,opened_on,closed_on,closure_reason,homelessness,mental_health,substance_misuse,domestic_abuse,offending\n"
        var star = "person_ref,assessed_on," + StarArea.allCases.map(\.rawValue).joined(separator: ",") + "\n"
        var ndt = "person_ref,assessed_on," + NDTItem.allCases.map(\.rawValue).joined(separator: ",") + "\n"
        var accommodation = "person_ref,support_quarter," + AccommodationSetting.allCases.map(\.rawValue).joined(separator: ",") + "\n"
        let districts = ["cambridge", "fenland", "peterborough", "peterborough", "huntingdonshire", "south-cambridgeshire"]
        var increased = 0
        var ndtBaseline = 0
        var ndtFollowUp = 0
        var roughQ1 = 0
        var roughQ4 = 0
        for index in 0..<6 {
            let ref = "CF-\(7001 + index)"
            people += "\(ref),Person \(index),\(districts[index]),not-known,open,2024-01-0\(index + 1),,,yes,yes,yes,no,no\n"
            let before = 3
            let after = index % 3 == 0 ? 3 : 5
            if after > before { increased += 1 }
            star += "\(ref),2024-02-01," + Array(repeating: "\(before)", count: 10).joined(separator: ",") + "\n"
            star += "\(ref),2025-02-01," + Array(repeating: "\(after)", count: 10).joined(separator: ",") + "\n"
            let high = 3
            let low = index % 2 == 0 ? 1 : 3
            ndt += "\(ref),2024-02-01," + Array(repeating: "\(high)", count: 10).joined(separator: ",") + "\n"
            ndt += "\(ref),2025-01-20," + Array(repeating: "\(low)", count: 10).joined(separator: ",") + "\n"
            ndtBaseline += high * 12
            ndtFollowUp += low * 12
            let roughFirst = index < 4 ? 30 : 0
            let roughFourth = index < 1 ? 10 : 0
            if roughFirst > 0 { roughQ1 += 1 }
            if roughFourth > 0 { roughQ4 += 1 }
            accommodation += "\(ref),1,\(roughFirst),0,0,0,0,\(60 - roughFirst),0,0\n"
            accommodation += "\(ref),4,\(roughFourth),0,0,0,0,\(80 - roughFourth),0,0\n"
        }
        for (kind, text) in [(ImportKind.people, people), (.star, star), (.ndt, ndt), (.accommodation, accommodation)] {
            let outcome = try Importer.run(kind: kind, bytes: Array(text.utf8), file: "\(kind.rawValue).csv", dryRun: false, pool: test.pool,
                log: test.app.services.personalData.log, userID: nil, now: test.now)
            #expect(outcome.errors.isEmpty, "\(kind): \(outcome.errors.map(\.description))")
        }
        let quarter = try ReportQuarter(parsing: "2025Q1")
        let report = QuarterlyReport.compute(try test.pool.read { db in try ReportStore.input(for: quarter, db) })
        #expect(report.row("caseload.open")?.value == .count(6))
        #expect(report.row("caseload.open", group: .peterborough)?.value == .count(2))
        #expect(report.row("caseload.open", group: .cambridgeshire)?.value == .count(4))
        #expect(report.row("star.pairs")?.value == .count(6))
        let starRow = try #require(report.row("star.increased.motivation"))
        #expect(starRow.numerator == increased && starRow.denominator == 6)
        #expect(starRow.value.text == String(format: "%.1f", Double(increased) / 6 * 100))
        let total = try #require(report.row("ndt.reduction.total"))
        #expect(total.value.text == String(format: "%.1f", Double(ndtBaseline - ndtFollowUp) / Double(ndtBaseline) * 100))
        #expect(report.row("accommodation.rough_sleeping.q1")?.value == .count(roughQ1))
        #expect(report.row("accommodation.rough_sleeping.q4")?.value == .count(roughQ4))
        #expect(report.row("accommodation.rough_sleeping.change")?.value.text == String(format: "%.1f", Double(roughQ4 - roughQ1) / Double(roughQ1) * 100))
        let csv = report.csv()
        #expect(csv.hasPrefix("metric,group,value,numerator,denominator\n"))
        #expect(csv.contains("caseload.open,all,6,,\n"))
    }

    @Test func theManagersReportPageAndCSVComeFromOneComputationAndAreLogged() throws {
        let test = try TestApp()
        _ = try DemoData.load(test.app.services, now: test.now)
        let manager = try test.signedIn([.manager], email: "m@example.org")
        let page = try manager.get("/reports?quarter=2026Q3")
        #expect(page.status == 200)
        #expect(page.contains("Jul–Sep 2026"))
        #expect(page.contains("2026/27 Q2"))
        #expect(page.contains("report-star"))
        #expect(page.contains("href=\"/reports/2026Q3.csv\""))
        let open = try #require(page.body.firstMatch(of: /<th scope="row">People open at quarter end <code class="metric-key">caseload\.open<\/code><\/th><td>All<\/td><td class="number">(\d+)<\/td>/)).1
        let csv = try manager.get("/reports/2026Q3.csv")
        #expect(csv.headers["Content-Type"] == "text/csv; charset=utf-8")
        #expect(csv.body.contains("caseload.open,all,\(open),,\n"))
        let suppressed = try manager.get("/reports/2026Q3.csv?suppress_below=5")
        #expect(suppressed.status == 200)
        #expect(try manager.get("/reports?quarter=2026Q9").status == 400)
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE action IN ('report', 'export') AND individual_id IS NULL") == 3)
        #expect(!csv.body.contains("Ash"))
    }
}

@Suite struct ImportPageTests {
    @Test func aCoordinatorUploadsSeesThePreviewAndConfirms() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/imports")
        let preview = try coordinator.postFile("/imports", fields: [("kind", "people")], fileField: "file", fileName: "people.csv", contents: ImportTests.people)
        #expect(preview.status == 200)
        #expect(preview.contains("Importing this people file will add <strong>2</strong>"))
        #expect(try test.count("SELECT count(*) FROM individuals") == 0)
        let pending = try #require(preview.body.firstMatch(of: /action="\/imports\/(\d+)\/confirm"/)).1
        let done = try coordinator.post("/imports/\(pending)/confirm")
        #expect(done.contains("Done: added <strong>2</strong>"))
        #expect(try test.count("SELECT count(*) FROM individuals") == 2)
        #expect(try coordinator.post("/imports/\(pending)/confirm").status == 404)
    }

    @Test func aBadFileListsEveryProblemAndCannotBeConfirmed() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/imports")
        let bad = ImportTests.people + "\nCF-9003,Cy,Norfolk,not-known,open,,,,maybe,no,no,no,no"
        let preview = try coordinator.postFile("/imports", fields: [("kind", "people")], fileField: "file", fileName: "people.csv", contents: bad)
        #expect(preview.status == 422)
        #expect(preview.contains("people.csv:4: district:"))
        #expect(!preview.contains("confirm-import"))
        #expect(try test.count("SELECT count(*) FROM pending_imports") == 0)
    }

    @Test func anUploadWithoutAKindOrFileIsExplained() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/imports")
        let response = try coordinator.postFile("/imports", fields: [], fileField: "file", fileName: "", contents: "")
        #expect(response.status == 422)
        #expect(response.contains("Choose what the file holds."))
        #expect(response.contains("Choose a CSV file to upload."))
        let forged = test.client()
        #expect(try forged.postFile("/imports", fields: [("kind", "people")], fileField: "file", fileName: "p.csv", contents: ImportTests.people).status == 303)
    }
}
