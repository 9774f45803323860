import Domain
import Foundation
import SQLite

/// Where a champion's invitation stands.
enum InvitationStatus: String, Sendable {
    case pending
    case approved
    case declined
}

/// A trusted person a champion invited from their own organisation.
struct InvitationRecord: Sendable {
    let id: Int64
    let organisationID: Int64
    let organisationName: String
    let displayName: String
    let email: String
    let paid: PaidStatus
    let invitedByName: String
    let invitedAt: Date
    let status: InvitationStatus
}

/// SQL for champions' invitations of new trusted persons, waiting for a manager or coordinator.
enum InvitationStore {
    static func create(
        organisationID: Int64, displayName: String, email: String, paid: PaidStatus, by userID: Int64, now: Date, _ db: Database
    ) throws -> Int64 {
        try db.execute(
            """
            INSERT INTO trusted_person_invitations (organisation_id, display_name, email, paid, invited_by, invited_at, status)
            VALUES (?, ?, ?, ?, ?, ?, 'pending')
            """, organisationID, displayName.trimmingWhitespace(), AccountRules.normalisedEmail(email), paid.rawValue, userID, now)
        return db.lastInsertRowID
    }

    /// Whether an invitation for this email address is waiting.
    static func isPending(email: String, _ db: Database) throws -> Bool {
        let id: Int64? = try db.scalar(
            "SELECT id FROM trusted_person_invitations WHERE email = ? AND status = 'pending'", AccountRules.normalisedEmail(email))
        return id != nil
    }

    static func find(id: Int64, _ db: Database) throws -> InvitationRecord? {
        try db.queryOne(select + " WHERE v.id = ?", id).map(record)
    }

    /// Every waiting invitation, oldest first.
    static func pending(_ db: Database) throws -> [InvitationRecord] {
        try db.query(select + " WHERE v.status = 'pending' ORDER BY v.invited_at, v.id").map(record)
    }

    /// The organisation's waiting invitations, oldest first.
    static func pending(organisationID: Int64, _ db: Database) throws -> [InvitationRecord] {
        try db.query(select + " WHERE v.status = 'pending' AND v.organisation_id = ? ORDER BY v.invited_at, v.id", organisationID)
            .map(record)
    }

    /// Marks a waiting invitation approved (with the account made for it) or declined; throws
    /// `notFound` when it is no longer waiting.
    static func decide(id: Int64, approved: Bool, userID: Int64?, by deciderID: Int64, now: Date, _ db: Database) throws {
        try db.execute(
            """
            UPDATE trusted_person_invitations SET status = ?, user_id = ?, decided_by = ?, decided_at = ?
            WHERE id = ? AND status = 'pending'
            """, (approved ? InvitationStatus.approved : .declined).rawValue, userID, deciderID, now, id)
        guard db.changes == 1 else { throw AppError.notFound }
    }

    private static let select = """
        SELECT v.*, o.name AS organisation_name, u.display_name AS invited_by_name FROM trusted_person_invitations v
        JOIN organisations o ON o.id = v.organisation_id JOIN users u ON u.id = v.invited_by
        """

    private static func record(_ row: Row) throws -> InvitationRecord {
        InvitationRecord(
            id: try row.get("id"), organisationID: try row.get("organisation_id"), organisationName: try row.get("organisation_name"),
            displayName: try row.get("display_name"), email: try row.get("email"), paid: try row.vocabulary("paid"),
            invitedByName: try row.get("invited_by_name"), invitedAt: try row.get("invited_at"), status: try row.vocabulary("status"))
    }
}
