import Domain
import Foundation
import SQLite

/// One champion or coordinator in the network directory: work contact details only.
struct DirectoryEntry: Sendable {
    let name: String
    let roles: Set<Role>
    let organisationName: String?
    let workEmail: String
    let workPhone: String?
}

/// SQL for the champions' network directory and each user's own work phone number.
enum DirectoryStore {
    /// Active champions and coordinators, by organisation then name.
    static func entries(_ db: Database) throws -> [DirectoryEntry] {
        try db.query(
            """
            SELECT u.display_name, u.email, u.work_phone, o.name AS organisation_name,
                   (SELECT group_concat(r.role) FROM user_roles r WHERE r.user_id = u.id AND r.role IN ('champion', 'coordinator')) AS roles
            FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id
            WHERE u.active = 1 AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role IN ('champion', 'coordinator'))
            ORDER BY o.name IS NULL, o.name COLLATE NOCASE, u.display_name COLLATE NOCASE
            """
        ).map { row in
            let roles: String = try row.get("roles")
            return DirectoryEntry(
                name: try row.get("display_name"),
                roles: Set(try roles.split(separator: ",").map { try StoredVocabulary.decode(Role.self, String($0), column: "user_roles.role") }),
                organisationName: try row.get("organisation_name"), workEmail: try row.get("email"), workPhone: try row.get("work_phone"))
        }
    }

    static func workPhone(userID: Int64, _ db: Database) throws -> String? {
        try db.scalar("SELECT work_phone FROM users WHERE id = ?", userID)
    }

    /// Sets the user's own work phone number; empty removes it.
    static func setWorkPhone(userID: Int64, _ phone: String, _ db: Database) throws {
        try db.execute("UPDATE users SET work_phone = ? WHERE id = ?", phone.isEmpty ? nil : phone, userID)
    }
}
