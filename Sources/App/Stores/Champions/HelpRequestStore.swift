import Domain
import Foundation
import SQLite

/// A request for help as pages use it: whom it is about by reference only, and its text guarded
/// by the category it is kept under.
struct HelpRequestRecord: Sendable {
    let id: Int64
    let individualID: Int64
    let ref: String
    let askedBy: Int64
    let askerName: String
    let organisationName: String?
    let addressedTo: HelpAddressee
    let text: Guarded<String>
    let status: HelpRequestStatus
    let askedAt: Date
}

/// A request for help in a list: who asked, whom, when and where it stands; no reference and no text.
struct HelpRequestSummary: Sendable {
    let id: Int64
    let askerName: String
    let organisationName: String?
    let addressedTo: HelpAddressee
    let status: HelpRequestStatus
    let askedAt: Date
    let replies: Int
}

/// One reply, guarded by its request's category.
struct HelpReply: Sendable {
    let byName: String
    let text: Guarded<String>
    let at: Date
}

/// SQL for requests for help and their replies.
enum HelpRequestStore {
    static func create(
        individualID: Int64, askedBy userID: Int64, organisationID: Int64?, addressedTo: HelpAddressee, text: String, now: Date,
        _ db: Database
    ) throws -> Int64 {
        try db.execute(
            """
            INSERT INTO help_requests (individual_id, asked_by, organisation_id, addressed_to, category, body, status, asked_at)
            VALUES (?, ?, ?, ?, ?, ?, 'open', ?)
            """, individualID, userID, organisationID, addressedTo.rawValue, HelpRequestRules.category.rawValue,
            text.trimmingWhitespace(), now)
        return db.lastInsertRowID
    }

    static func find(id: Int64, _ db: Database) throws -> HelpRequestRecord? {
        try db.queryOne(
            """
            SELECT h.*, i.ref, u.display_name AS asker_name, o.name AS organisation_name FROM help_requests h
            JOIN individuals i ON i.id = h.individual_id JOIN users u ON u.id = h.asked_by
            LEFT JOIN organisations o ON o.id = h.organisation_id WHERE h.id = ?
            """, id
        ).map { row in
            HelpRequestRecord(
                id: try row.get("id"), individualID: try row.get("individual_id"), ref: try row.get("ref"),
                askedBy: try row.get("asked_by"), askerName: try row.get("asker_name"),
                organisationName: try row.get("organisation_name"), addressedTo: try row.vocabulary("addressed_to"),
                text: Guarded(try row.vocabulary("category"), try row.get("body")), status: try row.vocabulary("status"),
                askedAt: try row.get("asked_at"))
        }
    }

    /// How `userID` stands towards the request, or nil when there is no such request.
    static func relation(userID: Int64, requestID: Int64, _ db: Database) throws -> HelpRequestRelation? {
        try db.queryOne(
            """
            SELECT h.asked_by = ? AS is_asker,
                   coalesce(h.organisation_id = (SELECT organisation_id FROM users WHERE id = ?), 0) AS same_org,
                   h.addressed_to FROM help_requests h WHERE h.id = ?
            """, userID, userID, requestID
        ).map { row in
            HelpRequestRelation(
                isAsker: try row.get("is_asker") as Int64 == 1, sharesAskersOrganisation: try row.get("same_org") as Int64 == 1,
                addressedTo: try row.vocabulary("addressed_to"))
        }
    }

    static func replies(requestID: Int64, _ db: Database) throws -> [HelpReply] {
        try db.query(
            """
            SELECT r.body, r.at, u.display_name, h.category FROM help_request_replies r
            JOIN users u ON u.id = r.user_id JOIN help_requests h ON h.id = r.help_request_id
            WHERE r.help_request_id = ? ORDER BY r.at, r.id
            """, requestID
        ).map { row in
            HelpReply(byName: try row.get("display_name"), text: Guarded(try row.vocabulary("category"), try row.get("body")), at: try row.get("at"))
        }
    }

    /// Adds a reply and moves the request to `status`, in the caller's transaction.
    static func reply(requestID: Int64, by userID: Int64, text: String, status: HelpRequestStatus, now: Date, _ db: Database) throws {
        try db.execute(
            "INSERT INTO help_request_replies (help_request_id, user_id, body, at) VALUES (?, ?, ?, ?)",
            requestID, userID, text.trimmingWhitespace(), now)
        try db.execute("UPDATE help_requests SET status = ? WHERE id = ? AND status != 'closed'", status.rawValue, requestID)
        guard db.changes == 1 else { throw AppError.badRequest("This request has been closed.") }
    }

    static func close(requestID: Int64, now: Date, _ db: Database) throws {
        try db.execute("UPDATE help_requests SET status = 'closed', closed_at = ? WHERE id = ? AND status != 'closed'", now, requestID)
    }

    /// The requests `userID` asked, newest first.
    static func asked(by userID: Int64, _ db: Database) throws -> [HelpRequestSummary] {
        try summaries("WHERE h.asked_by = ?", userID, db)
    }

    /// The requests of an organisation's trusted persons addressed to its champion, newest first.
    static func forChampion(organisationID: Int64, _ db: Database) throws -> [HelpRequestSummary] {
        try summaries("WHERE h.organisation_id = ? AND h.addressed_to = 'champion'", organisationID, db)
    }

    /// Every request, newest first (coordinators).
    static func all(_ db: Database) throws -> [HelpRequestSummary] {
        try summaries("", nil, db)
    }

    private static func summaries(_ filter: String, _ argument: Int64?, _ db: Database) throws -> [HelpRequestSummary] {
        let sql = """
            SELECT h.id, h.addressed_to, h.status, h.asked_at, u.display_name AS asker_name, o.name AS organisation_name,
                   (SELECT count(*) FROM help_request_replies r WHERE r.help_request_id = h.id) AS replies
            FROM help_requests h JOIN users u ON u.id = h.asked_by LEFT JOIN organisations o ON o.id = h.organisation_id
            \(filter) ORDER BY h.status = 'closed', h.asked_at DESC, h.id DESC
            """
        return try db.query(sql, arguments: argument.map { [$0] } ?? []).map { row in
            HelpRequestSummary(
                id: try row.get("id"), askerName: try row.get("asker_name"), organisationName: try row.get("organisation_name"),
                addressedTo: try row.vocabulary("addressed_to"), status: try row.vocabulary("status"),
                askedAt: try row.get("asked_at"), replies: try row.get("replies"))
        }
    }
}
