import Domain
import Foundation
import SQLite

/// An account as the app uses it.
struct UserRecord: Sendable, Equatable {
    let id: Int64
    let email: String
    let displayName: String
    let organisationID: Int64?
    let organisationName: String?
    let roles: Set<Role>
    let active: Bool
    let hasPassword: Bool
    let createdAt: Date
}

/// SQL for accounts and their roles. Callers pass the connection so several stores can share
/// one transaction.
enum UserStore {
    private static let selectUser = """
        SELECT u.id, u.email, u.display_name, u.organisation_id, o.name AS organisation_name,
               u.active, u.password_hash IS NOT NULL AS has_password, u.created_at,
               (SELECT group_concat(role) FROM user_roles r WHERE r.user_id = u.id) AS roles
        FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id
        """

    static func count(_ db: Database) throws -> Int {
        try db.scalar("SELECT count(*) FROM users") ?? 0
    }

    static func find(id: Int64, _ db: Database) throws -> UserRecord? {
        try db.queryOne(selectUser + " WHERE u.id = ?", id).map(record)
    }

    static func find(email: String, _ db: Database) throws -> UserRecord? {
        try db.queryOne(selectUser + " WHERE u.email = ?", AccountRules.normalisedEmail(email)).map(record)
    }

    /// The stored password hash of an account, if it has one.
    static func passwordHash(userID: Int64, _ db: Database) throws -> String? {
        try db.scalar("SELECT password_hash FROM users WHERE id = ?", userID)
    }

    static func all(_ db: Database) throws -> [UserRecord] {
        try db.query(selectUser + " ORDER BY u.active DESC, u.display_name COLLATE NOCASE, u.id").map(record)
    }

    /// How many active accounts hold each role.
    static func activeRoleCounts(_ db: Database) throws -> [Role: Int] {
        var counts: [Role: Int] = [:]
        for row in try db.query(
            "SELECT r.role, count(*) AS n FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.active = 1 GROUP BY r.role")
        {
            counts[try row.vocabulary("role") as Role] = try row.get("n")
        }
        return counts
    }

    static func create(
        email: String, displayName: String, organisationID: Int64?, roles: Set<Role>,
        passwordHash: String?, now: Date, _ db: Database
    ) throws -> Int64 {
        try db.execute(
            "INSERT INTO users (email, display_name, organisation_id, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
            AccountRules.normalisedEmail(email), displayName.trimmingWhitespace(), organisationID, passwordHash, now)
        let id = db.lastInsertRowID
        try setRoles(userID: id, roles, db)
        return id
    }

    /// Renames an account (the demo's individual account takes its record's name).
    static func setDisplayName(userID: Int64, _ name: String, _ db: Database) throws {
        try db.execute("UPDATE users SET display_name = ? WHERE id = ?", name, userID)
    }

    static func update(id: Int64, displayName: String, organisationID: Int64?, roles: Set<Role>, _ db: Database) throws {
        try db.execute(
            "UPDATE users SET display_name = ?, organisation_id = ? WHERE id = ?",
            displayName.trimmingWhitespace(), organisationID, id)
        try setRoles(userID: id, roles, db)
    }

    static func setPasswordHash(userID: Int64, _ hash: String, _ db: Database) throws {
        try db.execute("UPDATE users SET password_hash = ? WHERE id = ?", hash, userID)
    }

    static func setActive(userID: Int64, _ active: Bool, now: Date, _ db: Database) throws {
        try db.execute(
            "UPDATE users SET active = ?, deactivated_at = ? WHERE id = ?",
            active, active ? nil : now, userID)
    }

    static func emailExists(_ email: String, exceptUserID: Int64? = nil, _ db: Database) throws -> Bool {
        let id: Int64? = try db.scalar(
            "SELECT id FROM users WHERE email = ? AND id IS NOT ?", AccountRules.normalisedEmail(email), exceptUserID)
        return id != nil
    }

    private static func setRoles(userID: Int64, _ roles: Set<Role>, _ db: Database) throws {
        try db.execute("DELETE FROM user_roles WHERE user_id = ?", userID)
        for role in roles.sorted() {
            try db.execute("INSERT INTO user_roles (user_id, role) VALUES (?, ?)", userID, role.rawValue)
        }
    }

    private static func record(_ row: Row) throws -> UserRecord {
        let roleList: String? = try row.get("roles")
        return UserRecord(
            id: try row.get("id"),
            email: try row.get("email"),
            displayName: try row.get("display_name"),
            organisationID: try row.get("organisation_id"),
            organisationName: try row.get("organisation_name"),
            roles: Set((roleList ?? "").split(separator: ",").compactMap { Role(rawValue: String($0)) }),
            active: try row.get("active"),
            hasPassword: try row.get("has_password"),
            createdAt: try row.get("created_at"))
    }
}
