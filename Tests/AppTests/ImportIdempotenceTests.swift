import Domain
import Foundation
import Testing
@testable import App

/// Every kind written through the stores' own functions: a file adds its rows, the same file
/// again changes nothing, and an edited row is one change (REPORTS.md, "Import files").
@Suite struct ImportIdempotenceTests {
    static func row(_ prefix: String, _ values: [String]) -> String { ([prefix] + values).joined(separator: ",") }

    /// Each kind's file, and the same file with one row edited.
    static let files: [(ImportKind, String, String)] = {
        let star = "person_ref,assessed_on," + StarArea.allCases.map(\.rawValue).joined(separator: ",")
        let ndt = "person_ref,assessed_on," + NDTItem.allCases.map(\.rawValue).joined(separator: ",")
        let accommodation = "person_ref,support_quarter," + AccommodationSetting.allCases.map(\.rawValue).joined(separator: ",")
        let serviceUse = "person_ref,support_quarter," + ServiceUseKind.allCases.map(\.rawValue).joined(separator: ",")
        func file(_ header: String, _ rows: [String]) -> String { ([header] + rows).joined(separator: "\n") }
        let starRows = [row("CF-9001,2025-02-01", Array(repeating: "4", count: 10)), row("CF-9001,2025-08-01", Array(repeating: "5", count: 10))]
        let ndtRows = [row("CF-9001,2025-02-01", Array(repeating: "2", count: 10)), row("CF-9001,2025-08-01", Array(repeating: "1", count: 10))]
        let nights = [row("CF-9001,1", ["30", "0", "0", "0", "0", "60", "0", "0"]), row("CF-9001,2", ["0", "0", "0", "0", "0", "90", "0", "0"])]
        let counts = [row("CF-9001,0", ["3", "1", "2", "4", "0", "1"]), row("CF-9001,1", ["0", "0", "1", "1", "0", "0"])]
        let links = "person_ref,trusted_key,role,started_on,ended_on,end_reason\nCF-9001,sam,primary,2025-02-01,,\nCF-9001,lee,trusted,2025-02-01,2025-06-01,"
        return [
            (.people, ImportTests.people, ImportTests.people.replacingOccurrences(of: "CF-9001,Ash", with: "CF-9001,Ashley")),
            (.trustedPeople, "key,name,kind,organisation,paid\nsam,Sam Carter,person,Riverside Day Centre,paid\nlee,Lee,person,,volunteer",
             "key,name,kind,organisation,paid\nsam,Sam Carter,person,Riverside Day Centre,paid\nlee,Lee Holme,person,,volunteer"),
            (.trustLinks, links, links.replacingOccurrences(of: "sam,primary", with: "sam,backup")),
            (.star, file(star, starRows), file(star, [starRows[0], starRows[1].replacingOccurrences(of: ",5,5", with: ",6,5")])),
            (.ndt, file(ndt, ndtRows), file(ndt, [ndtRows[0].replacingOccurrences(of: ",2,2", with: ",3,2"), ndtRows[1]])),
            (.accommodation, file(accommodation, nights), file(accommodation, [nights[0], nights[1].replacingOccurrences(of: ",90,", with: ",80,")])),
            (.serviceUse, file(serviceUse, counts), file(serviceUse, [counts[0].replacingOccurrences(of: ",3,1,", with: ",2,1,"), counts[1]])),
            (.barriers, "ref,title,category,raised_on,status\nB-0100,Waiting lists,capacity,2025-01-01,raised\nB-0101,Forms,policy,2025-01-02,raised",
             "ref,title,category,raised_on,status\nB-0100,Waiting lists again,capacity,2025-01-01,raised\nB-0101,Forms,policy,2025-01-02,raised"),
        ]
    }()

    func run(_ test: TestApp, _ kind: ImportKind, _ text: String) throws -> ImportOutcome {
        let outcome = try Importer.run(
            kind: kind, bytes: Array(text.utf8), file: "\(kind.rawValue).csv", dryRun: false, pool: test.pool,
            log: test.app.services.personalData.log, userID: nil, now: test.now)
        #expect(outcome.errors.isEmpty, "\(kind): \(outcome.errors.map(\.description))")
        return outcome
    }

    @Test(arguments: files.map(\.0))
    func addsThenChangesNothingThenChangesOneRow(kind: ImportKind) throws {
        let test = try TestApp()
        for (earlier, text, _) in Self.files {
            if earlier == kind { break }
            if earlier == .people || earlier == .trustedPeople { _ = try run(test, earlier, text) }
        }
        let (_, text, edited) = try #require(Self.files.first { $0.0 == kind })
        let first = try run(test, kind, text)
        #expect((first.added, first.changed, first.unchanged) == (2, 0, 0))
        let again = try run(test, kind, text)
        #expect((again.added, again.changed, again.unchanged) == (0, 0, 2))
        let changed = try run(test, kind, edited)
        #expect((changed.added, changed.changed, changed.unchanged) == (0, 1, 1))
    }

    @Test func reimportingAPersonKeepsTheDatesTheirDisadvantagesWereRecorded() throws {
        let test = try TestApp()
        _ = try run(test, .people, ImportTests.people)
        let bo: Int64 = try test.pool.read { db in try db.scalar("SELECT id FROM individuals WHERE ref = 'CF-9002'") ?? 0 }
        let later = ImportTests.people.replacingOccurrences(of: "referred,,,,yes,yes,yes,no,no", with: "referred,,,,yes,yes,yes,yes,no")
        test.advance(by: 86_400 * 40)
        _ = try run(test, .people, later)
        let dates = try test.pool.read { db in
            try db.query("SELECT kind, recorded_on FROM individual_disadvantages WHERE individual_id = ? ORDER BY kind", bo)
                .map { "\(try $0.get("kind") as String)=\(try $0.get("recorded_on") as String)" }
        }
        #expect(dates == ["domestic_abuse=2026-12-28", "homelessness=2026-11-18", "mental_health=2026-11-18", "substance_misuse=2026-11-18"])
        #expect(try test.count("SELECT count(*) FROM consents") == 0)
    }
}
