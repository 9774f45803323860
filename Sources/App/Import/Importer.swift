import Domain
import Foundation
import SQLite

/// What an import did, or would do with `--dry-run`.
struct ImportOutcome: Sendable {
    var added = 0
    var changed = 0
    var unchanged = 0
    var errors: [ImportError] = []
    var notes: [String] = []

    var summary: String {
        "\(added) added, \(changed) changed, \(unchanged) unchanged" + (notes.isEmpty ? "" : "; " + notes.joined(separator: "; "))
    }
}

/// Imports one CSV file of one kind (REPORTS.md, "Import files"): every row checked, every
/// reference checked, then all rows written in ONE transaction — or none, when any row is
/// bad or it is a dry run. Rows are matched on their key, so importing the same file again
/// changes nothing.
enum Importer {
    /// Thrown inside the transaction to undo a dry run or a file with errors found while writing.
    private struct Undo: Error {
        let outcome: ImportOutcome
    }

    static func run(
        kind: ImportKind, bytes: [UInt8], file: String, dryRun: Bool, pool: DatabasePool, userID: Int64?, now: Date
    ) throws -> ImportOutcome {
        let today = LondonTime.today(now)
        let (rows, errors) = ImportTable.read(kind: kind, bytes: bytes, file: file, today: today)
        guard errors.isEmpty else { return ImportOutcome(errors: errors) }
        let (people, keys) = try pool.read { db in (try peopleByRef(db), try trustedKeys(db)) }
        var known: [String: CalendarDate?] = [:]
        for (ref, person) in people { known.updateValue(person.openedOn, forKey: ref) }
        let referenceErrors = ImportReferences.check(rows: rows, knownPeople: known, knownTrustedKeys: Set(keys.keys), file: file, today: today)
        guard referenceErrors.isEmpty else { return ImportOutcome(errors: referenceErrors) }
        do {
            return try pool.write { db in
                var writer = ImportWriter(db: db, file: file, userID: userID, now: now, today: today, people: people, trustedKeys: keys)
                for row in rows { try writer.write(row) }
                if !writer.outcome.errors.isEmpty || dryRun { throw Undo(outcome: writer.outcome) }
                return writer.outcome
            }
        } catch let undo as Undo {
            return undo.outcome
        }
    }

    /// Every person's id and opened_on by reference.
    static func peopleByRef(_ db: Database) throws -> [String: (id: Int64, openedOn: CalendarDate?)] {
        var result: [String: (Int64, CalendarDate?)] = [:]
        try db.forEachRow("SELECT ref, id, opened_on FROM individuals") { row in
            result[try row.get(0)] = (try row.get(1), (try row.get(2) as String?).flatMap(CalendarDate.init(iso:)))
        }
        return result
    }

    static func trustedKeys(_ db: Database) throws -> [String: Int64] {
        var result: [String: Int64] = [:]
        try db.forEachRow("SELECT key, id FROM trusted_people") { row in result[try row.get(0)] = try row.get(1) }
        return result
    }
}
