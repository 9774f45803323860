import Foundation
import SQLite

/// An entry in the record of account and organisation changes.
struct AdminEvent: Sendable {
    let at: Date
    let actorName: String?
    let action: String
    let detail: String
}

/// SQL for the record of who changed accounts and organisations. Written in the same
/// transaction as the change it describes.
enum AdminEventStore {
    static func record(
        action: String, actorUserID: Int64?, subjectUserID: Int64? = nil, subjectOrganisationID: Int64? = nil,
        detail: String = "", now: Date, _ db: Database
    ) throws {
        try db.execute(
            """
            INSERT INTO admin_events (at, actor_user_id, action, subject_user_id, subject_organisation_id, detail)
            VALUES (?, ?, ?, ?, ?, ?)
            """, now, actorUserID, action, subjectUserID, subjectOrganisationID, detail)
    }

    /// The latest events about one account, newest first.
    static func forUser(_ userID: Int64, limit: Int = 20, _ db: Database) throws -> [AdminEvent] {
        try db.query(
            """
            SELECT e.at, a.display_name AS actor_name, e.action, e.detail
            FROM admin_events e LEFT JOIN users a ON a.id = e.actor_user_id
            WHERE e.subject_user_id = ? ORDER BY e.id DESC LIMIT ?
            """, userID, limit
        ).map { row in
            AdminEvent(at: try row.get("at"), actorName: try row.get("actor_name"), action: try row.get("action"),
                       detail: try row.get("detail"))
        }
    }
}
