import Domain
import Foundation
import SQLite

/// SQL for the champions' pledge: the organisation holds the pledge in force, and every signing
/// and renewal is kept in `pledge_signings`, so history is never overwritten.
enum PledgeStore {
    /// The organisation's pledge in force, or nil if it never signed.
    static func pledge(organisationID: Int64, _ db: Database) throws -> Pledge? {
        guard let row = try db.queryOne(
            "SELECT pledge_signed_on, pledge_signed_by FROM organisations WHERE id = ?", organisationID)
        else { return nil }
        return try pledge(row)
    }

    /// Every organisation with its pledge in force, by name.
    static func all(_ db: Database) throws -> [(organisationID: Int64, name: String, pledge: Pledge?)] {
        try db.query("SELECT id, name, pledge_signed_on, pledge_signed_by FROM organisations ORDER BY name COLLATE NOCASE")
            .map { row in (try row.get("id"), try row.get("name"), try pledge(row)) }
    }

    /// Records a signing or renewal: the organisation's pledge moves to it and the history keeps it.
    static func renew(
        organisationID: Int64, signedOn: CalendarDate, signedBy: String, by userID: Int64?, now: Date, _ db: Database
    ) throws {
        let name = signedBy.trimmingWhitespace()
        try db.execute(
            "INSERT INTO pledge_signings (organisation_id, signed_on, signed_by, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)",
            organisationID, signedOn.iso, name, userID, now)
        try db.execute(
            "UPDATE organisations SET pledge_signed_on = ?, pledge_signed_by = ? WHERE id = ?", signedOn.iso, name, organisationID)
        guard db.changes == 1 else { throw AppError.notFound }
    }

    /// How many signings and renewals the organisation has recorded.
    static func signingCount(organisationID: Int64, _ db: Database) throws -> Int {
        try db.scalar("SELECT count(*) FROM pledge_signings WHERE organisation_id = ?", organisationID) ?? 0
    }

    private static func pledge(_ row: Row) throws -> Pledge? {
        guard let signedOn = try IndividualStore.date(row, "pledge_signed_on") else { return nil }
        return Pledge(signedOn: signedOn, signedBy: try row.get("pledge_signed_by"))
    }
}
