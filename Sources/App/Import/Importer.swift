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
///
/// Every individual a row compared or wrote is written to the access log before the
/// transaction commits or is undone, so an import that cannot be logged imports nothing. A
/// dry run logs only people already stored: the ones it would add exist nowhere yet.
enum Importer {
    /// Thrown inside the transaction to undo a dry run or a file with errors found while writing.
    private struct Undo: Error {
        let outcome: ImportOutcome
    }

    static func run(
        kind: ImportKind, bytes: [UInt8], file: String, dryRun: Bool, pool: DatabasePool, log: AccessLogWriter, userID: Int64?,
        now: Date, progress: (ImportProgress) -> Void = { _ in }
    ) throws -> ImportOutcome {
        let today = LondonTime.today(now)
        var tally = ImportProgress(total: 0)
        let (rows, errors) = ImportTable.read(kind: kind, bytes: bytes, file: file, today: today) { checked in
            tally = checked
            progress(checked)
        }
        guard errors.isEmpty else { return ImportOutcome(errors: errors) }
        let (people, keys) = try pool.read { db in (try IndividualStore.byReference(db), try TrustedPersonStore.idsByKey(db)) }
        var known: [String: CalendarDate?] = [:]
        for (ref, person) in people { known.updateValue(person.openedOn, forKey: ref) }
        let referenceErrors = ImportReferences.check(rows: rows, knownPeople: known, knownTrustedKeys: Set(keys.keys), file: file, today: today)
        guard referenceErrors.isEmpty else { return ImportOutcome(errors: referenceErrors) }
        let stored = Set(people.values.map(\.id))
        do {
            return try pool.write { db in
                var writer = ImportWriter(db: db, file: file, userID: userID, now: now, today: today, people: people, trustedKeys: keys)
                for row in rows {
                    try writer.write(row)
                    tally.written += 1
                    if tally.written % 1000 == 0 { progress(tally) }
                }
                progress(tally)
                let rejected = !writer.outcome.errors.isEmpty
                let undone = rejected || dryRun
                try ImportAccessLog(log: log).record(
                    individualIDs: undone ? writer.touched.filter(stored.contains) : writer.touched, kind: kind, file: file,
                    dryRun: dryRun, rejected: rejected, userID: userID, now: now)
                if undone { throw Undo(outcome: writer.outcome) }
                return writer.outcome
            }
        } catch let undo as Undo {
            return undo.outcome
        }
    }
}
