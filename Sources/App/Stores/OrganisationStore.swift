import Domain
import Foundation
import SQLite

/// A partner organisation as the app uses it.
struct OrganisationRecord: Sendable, Equatable {
    let id: Int64
    let name: String
    let sector: Sector
    let pledgeSignedOn: String?
    let memberCount: Int
}

/// SQL for organisations.
enum OrganisationStore {
    private static let selectOrganisation = """
        SELECT o.id, o.name, o.sector, o.pledge_signed_on,
               (SELECT count(*) FROM users u WHERE u.organisation_id = o.id AND u.active = 1) AS member_count
        FROM organisations o
        """

    static func all(_ db: Database) throws -> [OrganisationRecord] {
        try db.query(selectOrganisation + " ORDER BY o.name COLLATE NOCASE").map(record)
    }

    static func find(id: Int64, _ db: Database) throws -> OrganisationRecord? {
        try db.queryOne(selectOrganisation + " WHERE o.id = ?", id).map(record)
    }

    /// The organisation with exactly this name, if there is one.
    static func id(named name: String, _ db: Database) throws -> Int64? {
        try db.scalar("SELECT id FROM organisations WHERE name = ?", name)
    }

    static func nameExists(_ name: String, exceptID: Int64? = nil, _ db: Database) throws -> Bool {
        let id: Int64? = try db.scalar(
            "SELECT id FROM organisations WHERE name = ? AND id IS NOT ?", name.trimmingWhitespace(), exceptID)
        return id != nil
    }

    static func create(name: String, sector: Sector, pledgeSignedOn: String?, now: Date, _ db: Database) throws -> Int64 {
        try db.execute(
            "INSERT INTO organisations (name, sector, pledge_signed_on, created_at) VALUES (?, ?, ?, ?)",
            name.trimmingWhitespace(), sector.rawValue, pledgeSignedOn, now)
        return db.lastInsertRowID
    }

    static func update(id: Int64, name: String, sector: Sector, pledgeSignedOn: String?, _ db: Database) throws {
        try db.execute(
            "UPDATE organisations SET name = ?, sector = ?, pledge_signed_on = ? WHERE id = ?",
            name.trimmingWhitespace(), sector.rawValue, pledgeSignedOn, id)
    }

    private static func record(_ row: Row) throws -> OrganisationRecord {
        OrganisationRecord(
            id: try row.get("id"), name: try row.get("name"),
            sector: (try row.vocabulary("sector") as Sector),
            pledgeSignedOn: try row.get("pledge_signed_on"), memberCount: try row.get("member_count"))
    }
}
