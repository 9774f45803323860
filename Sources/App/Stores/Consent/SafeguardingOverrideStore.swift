import Domain
import Foundation
import SQLite

/// SQL for safeguarding overrides: a coordinator opening categories without consent, with a
/// reason, for a limited time.
enum SafeguardingOverrideStore {
    static let lifetime: TimeInterval = 24 * 60 * 60

    static func open(
        individualID: Int64, userID: Int64, categories: Set<InformationCategory>, reason: String, now: Date, _ db: Database
    ) throws {
        try db.execute(
            """
            INSERT INTO safeguarding_overrides (individual_id, user_id, categories, reason, opened_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """, individualID, userID, categories.map(\.rawValue).sorted().joined(separator: ","), reason, now,
            now.addingTimeInterval(lifetime))
    }

    /// Categories the user opened for this individual by an override still in effect.
    static func openCategories(individualID: Int64, userID: Int64, now: Date, _ db: Database) throws -> Set<InformationCategory> {
        var categories = Set<InformationCategory>()
        for row in try db.query(
            "SELECT categories FROM safeguarding_overrides WHERE individual_id = ? AND user_id = ? AND expires_at > ?",
            individualID, userID, now)
        {
            let text: String = try row.get("categories")
            categories.formUnion(text.split(separator: ",").compactMap { InformationCategory(rawValue: String($0)) })
        }
        return categories
    }

    /// Overrides across the cohort for the manager, newest first: reference, not name.
    static func recent(limit: Int, _ db: Database) throws -> [(individualID: Int64, ref: String, by: String, categories: String, reason: String, at: Date)] {
        try db.query(
            """
            SELECT s.individual_id, i.ref, u.display_name, s.categories, s.reason, s.opened_at FROM safeguarding_overrides s
            JOIN individuals i ON i.id = s.individual_id JOIN users u ON u.id = s.user_id ORDER BY s.id DESC LIMIT ?
            """, limit
        ).map {
            (try $0.get("individual_id"), try $0.get("ref"), try $0.get("display_name"), try $0.get("categories"), try $0.get("reason"),
             try $0.get("opened_at"))
        }
    }
}
