import Foundation
import SQLite

/// SQL for the access log's own database file: append entries, read them back. Nothing here
/// updates or deletes (the file's triggers refuse both).
enum AccessLogStore {
    /// Appends entries, in the caller's transaction. A listing's entries share one moment, so
    /// each moment is turned into its stored text once.
    static func append(_ entries: [AccessLogEntry], _ db: Database) throws {
        var moment: (date: Date, text: SQLValue)?
        for entry in entries {
            let at = moment?.date == entry.at ? moment!.text : entry.at.sqlValue
            moment = (entry.at, at)
            try db.execute(
                "INSERT INTO access_log (at, user_id, individual_id, categories, action, reason) VALUES (?, ?, ?, ?, ?, ?)",
                at, entry.userID, entry.individualID, entry.categories, entry.action, entry.reason)
        }
    }

    /// The latest entries about one individual, newest first.
    static func entries(individualID: Int64, limit: Int, _ db: Database) throws -> [Row] {
        try db.query(
            "SELECT at, user_id, categories, action, reason FROM access_log WHERE individual_id = ? ORDER BY id DESC LIMIT ?",
            individualID, limit)
    }

    /// The latest entries across the cohort, leaving out listings made for `excludingListingReason`.
    static func recent(limit: Int, excludingListingReason: String, _ db: Database) throws -> [Row] {
        try db.query(
            """
            SELECT at, user_id, individual_id, categories, action, reason FROM access_log
            WHERE NOT (action = 'list' AND reason = ?) ORDER BY id DESC LIMIT ?
            """, excludingListingReason, limit)
    }
}
