import Domain
import Foundation
import SQLite

/// What the manager's access-log search asks for, resolved to ids: nil means any.
struct AccessLogFilter: Sendable, Equatable {
    var individualID: Int64?
    var userIDs: [Int64]?
    /// From this moment (included) to `before` (excluded).
    var since: Date?
    var before: Date?
    /// Listings made for these reasons are left out (the log's own pages listing references).
    var hiddenListingReasons: [String] = []
}

extension AccessLogStore {
    /// The `WHERE` clause and its arguments for `filter`.
    private static func condition(_ filter: AccessLogFilter) -> (String, [(any SQLBindable)?]) {
        var clauses: [String] = []
        var arguments: [(any SQLBindable)?] = []
        if let id = filter.individualID {
            clauses.append("individual_id = ?")
            arguments.append(id)
        }
        if let users = filter.userIDs {
            clauses.append("user_id IN (" + (users.isEmpty ? "NULL" : users.map { _ in "?" }.joined(separator: ", ")) + ")")
            arguments += users.map { $0 as (any SQLBindable)? }
        }
        if let since = filter.since {
            clauses.append("at >= ?")
            arguments.append(since)
        }
        if let before = filter.before {
            clauses.append("at < ?")
            arguments.append(before)
        }
        for reason in filter.hiddenListingReasons {
            clauses.append("NOT (action = 'list' AND reason = ?)")
            arguments.append(reason)
        }
        return (clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND "), arguments)
    }

    /// How many entries match.
    static func count(_ filter: AccessLogFilter, _ db: Database) throws -> Int {
        let (whereClause, arguments) = condition(filter)
        return try db.scalar("SELECT count(*) FROM access_log" + whereClause, arguments: arguments) ?? 0
    }

    /// One page of matching entries, newest first.
    static func search(_ filter: AccessLogFilter, limit: Int, offset: Int, _ db: Database) throws -> [Row] {
        let (whereClause, arguments) = condition(filter)
        return try db.query(
            "SELECT at, user_id, individual_id, categories, action, reason FROM access_log" + whereClause
                + " ORDER BY id DESC LIMIT ? OFFSET ?", arguments: arguments + [limit, offset])
    }
}

/// Look-ups in the main database that the access-log search needs to turn what was typed into ids.
enum AccessLogSearchStore {
    /// The individual with this reference, if any.
    static func individualID(reference: String, _ db: Database) throws -> Int64? {
        try db.scalar("SELECT id FROM individuals WHERE ref = ?", reference)
    }

    /// Accounts whose name or email address contains `text` (ignoring case).
    static func userIDs(matching text: String, _ db: Database) throws -> [Int64] {
        let pattern = "%" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
        return try db.query(
            "SELECT id FROM users WHERE display_name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' ORDER BY id", pattern, pattern
        ).map { try $0.get(0) }
    }
}
