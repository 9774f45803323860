import Domain
import Foundation
import SQLite

/// A trusted person or service as the app shows it.
struct TrustedPersonRecord: Sendable {
    let id: Int64
    let key: String
    let name: String
    let kind: TrustedPersonKind
    let organisationID: Int64?
    let organisationName: String?
    let paid: PaidStatus
    let userID: Int64?
    let leftRoleOn: CalendarDate?
    let activeLinks: Int
}

/// SQL for trusted persons: people and services, with or without accounts.
enum TrustedPersonStore {
    private static let select = """
        SELECT t.id, t.key, t.name, t.kind, t.organisation_id, o.name AS organisation_name, t.paid, t.user_id,
            t.left_role_on,
            (SELECT count(*) FROM trust_links l WHERE l.trusted_person_id = t.id AND l.status = 'active') AS active_links
        FROM trusted_people t LEFT JOIN organisations o ON o.id = t.organisation_id
        """

    static func all(_ db: Database) throws -> [TrustedPersonRecord] {
        try db.query(select + " ORDER BY t.left_role_on IS NOT NULL, t.name COLLATE NOCASE, t.id").map(record)
    }

    static func find(id: Int64, _ db: Database) throws -> TrustedPersonRecord? {
        try db.queryOne(select + " WHERE t.id = ?", id).map(record)
    }

    static func find(userID: Int64, _ db: Database) throws -> TrustedPersonRecord? {
        try db.queryOne(select + " WHERE t.user_id = ?", userID).map(record)
    }

    static func inOrganisation(_ organisationID: Int64, _ db: Database) throws -> [TrustedPersonRecord] {
        try db.query(select + " WHERE t.organisation_id = ? ORDER BY t.name COLLATE NOCASE", organisationID).map(record)
    }

    static func create(
        key: String? = nil, name: String, kind: TrustedPersonKind, organisationID: Int64?, paid: PaidStatus,
        userID: Int64?, now: Date, _ db: Database
    ) throws -> Int64 {
        try db.execute(
            "INSERT INTO trusted_people (key, name, kind, organisation_id, paid, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            key ?? "tp-pending-\(UUID().uuidString)", name.trimmingWhitespace(), kind.rawValue, organisationID, paid.rawValue,
            userID, now)
        let id = db.lastInsertRowID
        if key == nil {
            try db.execute("UPDATE trusted_people SET key = ? WHERE id = ?", "tp-\(id)", id)
        }
        return id
    }

    static func update(
        _ id: Int64, name: String, kind: TrustedPersonKind, organisationID: Int64?, paid: PaidStatus, userID: Int64?,
        _ db: Database
    ) throws {
        try db.execute(
            "UPDATE trusted_people SET name = ?, kind = ?, organisation_id = ?, paid = ?, user_id = ? WHERE id = ?",
            name.trimmingWhitespace(), kind.rawValue, organisationID, paid.rawValue, userID, id)
    }

    /// Every trusted person's id by their import key.
    static func idsByKey(_ db: Database) throws -> [String: Int64] {
        var result: [String: Int64] = [:]
        try db.forEachRow("SELECT key, id FROM trusted_people") { row in result[try row.get(0)] = try row.get(1) }
        return result
    }

    static func markLeftRole(_ id: Int64, on day: CalendarDate, _ db: Database) throws {
        try db.execute("UPDATE trusted_people SET left_role_on = ? WHERE id = ?", day.iso, id)
    }

    /// The trusted-person record of a user (a coordinator stepping in), made if missing.
    static func ensure(forUser user: UserRecord, now: Date, _ db: Database) throws -> Int64 {
        if let existing = try find(userID: user.id, db) { return existing.id }
        return try create(
            name: user.displayName, kind: .person, organisationID: user.organisationID, paid: .paid, userID: user.id,
            now: now, db)
    }

    private static func record(_ row: Row) throws -> TrustedPersonRecord {
        TrustedPersonRecord(
            id: try row.get("id"), key: try row.get("key"), name: try row.get("name"),
            kind: (try row.vocabulary("kind") as TrustedPersonKind),
            organisationID: try row.get("organisation_id"), organisationName: try row.get("organisation_name"),
            paid: (try row.vocabulary("paid") as PaidStatus), userID: try row.get("user_id"),
            leftRoleOn: try IndividualStore.date(row, "left_role_on"), activeLinks: try row.get("active_links"))
    }
}
