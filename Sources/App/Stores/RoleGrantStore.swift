import Domain
import Foundation
import SQLite

/// A role grant or removal with the names people see. These are staff accounts, not
/// individuals, so their names may be shown on the network page.
struct RoleGrantRecord: Sendable, Equatable {
    let grant: RoleGrant
    let userName: String
    /// The name of the account that made the change; `nil` when no account did.
    let byName: String?
}

/// SQL for `role_grants`: each grant of coordinator or manager, with who gave it and why, and
/// each removal. Written in the same transaction as the change of roles it records.
enum RoleGrantStore {
    private static let selectGrant = """
        SELECT g.user_id, g.role, g.change, g.by_user_id, g.at, g.reason,
               u.display_name AS user_name, b.display_name AS by_name
        FROM role_grants g JOIN users u ON u.id = g.user_id LEFT JOIN users b ON b.id = g.by_user_id
        """

    /// Records the grants and removals of coordinator and manager in `change` for `userID`.
    static func record(
        _ change: RoleChangeRules.Change, userID: Int64, byUserID: Int64?, reason: String, now: Date, _ db: Database
    ) throws {
        let reason = RoleChangeRules.normalisedReason(reason)
        for (roles, kind) in [(change.recordedGrants, RoleGrant.Change.granted), (change.recordedRevocations, .revoked)] {
            for role in roles.sorted() {
                try db.execute(
                    "INSERT INTO role_grants (user_id, role, change, by_user_id, at, reason) VALUES (?, ?, ?, ?, ?, ?)",
                    userID, role.rawValue, kind.rawValue, byUserID, now, reason)
            }
        }
    }

    /// The latest grants and removals across all accounts, newest first, for the network page.
    static func recent(limit: Int, _ db: Database) throws -> [RoleGrantRecord] {
        try db.query(selectGrant + " ORDER BY g.id DESC LIMIT ?", limit).map(record)
    }

    /// Every grant and removal for one account, in the order they were recorded.
    static func history(userID: Int64, _ db: Database) throws -> [RoleGrantRecord] {
        try db.query(selectGrant + " WHERE g.user_id = ? ORDER BY g.id", userID).map(record)
    }

    /// Decodes a row; an unknown stored role or change is an error, never a guess.
    private static func record(_ row: Row) throws -> RoleGrantRecord {
        let roleText: String = try row.get("role")
        let changeText: String = try row.get("change")
        guard let role = Role(rawValue: roleText), let change = RoleGrant.Change(rawValue: changeText) else {
            throw SQLiteError(extendedCode: sqliteMismatch, message: "unknown role or change in role_grants", sql: selectGrant)
        }
        return RoleGrantRecord(
            grant: RoleGrant(
                userID: try row.get("user_id"), role: role, change: change, byUserID: try row.get("by_user_id"),
                at: try row.get("at"), reason: try row.get("reason")),
            userName: try row.get("user_name"), byName: try row.get("by_name"))
    }

    /// SQLite's result code for a value of the wrong kind (SQLITE_MISMATCH).
    private static let sqliteMismatch: Int32 = 20
}
