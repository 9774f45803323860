import Domain
import Foundation
import SQLite

/// One closed record the retention rule has made due, with how much of each kind it still holds.
struct RetentionCandidate: Sendable {
    let individualID: Int64
    let ref: String
    let closedOn: CalendarDate
    let counts: [ErasureKind: Int]

    /// "story 3, contacts 5": the counts, in the kinds' order.
    var summary: String {
        counts.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
    }
}

/// The retention rule at work: which closed records are past the retention period and still
/// hold names or free text (the dry run), and anonymising them all in one transaction, each
/// kind logged in `retention_erasures` and each person in the access log.
struct Retention {
    let pool: DatabasePool
    let log: AccessLogWriter
    let rule: RetentionRule

    /// Records due on `today` with something left to erase, by reference; reads nothing but counts.
    func dryRun(today: CalendarDate) throws -> [RetentionCandidate] {
        try pool.read { db in try candidates(today: today, db) }
    }

    /// Anonymises every due record in one transaction and logs it: each kind with its count
    /// (never the content) in the main database, then one access-log entry per person. `via`
    /// says how it was run ("command line", "web").
    @discardableResult
    func run(now: Date, by userID: Int64?, via: String) throws -> [RetentionCandidate] {
        let today = LondonTime.today(now)
        let erased = try pool.write { db in
            let due = try candidates(today: today, db)
            for candidate in due {
                try RetentionStore.erase(
                    individualID: candidate.individualID, counts: candidate.counts, closedOn: candidate.closedOn, rule: rule, by: userID,
                    via: via, now: now, db)
            }
            return due
        }
        try log.record(erased.map { candidate in
            AccessLogEntry(
                at: now, userID: userID, individualID: candidate.individualID, categories: "", action: "erase",
                reason: "Retention rule (\(rule.years) years after closure, \(via)): erased \(candidate.summary)")
        })
        return erased
    }

    /// Logs that a dry run listed these references (no category content was read).
    func logListing(_ candidates: [RetentionCandidate], by userID: Int64?, now: Date, via: String) throws {
        try log.record(candidates.map { candidate in
            AccessLogEntry(
                at: now, userID: userID, individualID: candidate.individualID, categories: "", action: "list",
                reason: "Retention dry run (\(via))")
        })
    }

    private func candidates(today: CalendarDate, _ db: Database) throws -> [RetentionCandidate] {
        try RetentionStore.closedCases(db).compactMap { person in
            guard let closedOn = person.closedOn, rule.isDue(status: .closed, closedOn: closedOn, today: today) else { return nil }
            let counts = try RetentionStore.inventory(individualID: person.id, db)
            return counts.isEmpty ? nil : RetentionCandidate(individualID: person.id, ref: person.ref, closedOn: closedOn, counts: counts)
        }
    }
}
