import Domain
import Foundation
import SQLite

/// One line of "who has looked at my information".
struct AccessLogLine: Sendable {
    let at: Date
    let who: String
    let roles: String
    let categories: [InformationCategory]
    let action: String
    let reason: String
}

/// SQL for reading the access log (writing goes through `AccessLogWriter` only).
enum AccessLogStore {
    static func forIndividual(_ individualID: Int64, limit: Int = 100, _ db: Database) throws -> [AccessLogLine] {
        try db.query(
            """
            SELECT a.at, coalesce(u.display_name, 'Someone') AS who,
                (SELECT group_concat(role) FROM user_roles r WHERE r.user_id = a.user_id) AS roles,
                a.categories, a.action, a.reason
            FROM access_log a LEFT JOIN users u ON u.id = a.user_id
            WHERE a.individual_id = ? ORDER BY a.id DESC LIMIT ?
            """, individualID, limit
        ).map { row in
            let roles: String? = try row.get("roles")
            let categories: String = try row.get("categories")
            return AccessLogLine(
                at: try row.get("at"), who: try row.get("who"),
                roles: (roles ?? "").split(separator: ",").compactMap { Role(rawValue: String($0))?.title }.joined(separator: ", "),
                categories: categories.split(separator: ",").compactMap { InformationCategory(rawValue: String($0)) },
                action: try row.get("action"), reason: try row.get("reason"))
        }
    }
}
