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
    /// The coordinator or manager grants the user held at that moment, with who gave each and
    /// why (PRODUCT.md: a grant "appears in the person's 'who has looked' when used on their record").
    let grants: [RoleGrantRecord]
}

/// Reads the access log, which lives in its own database file: writing there never disturbs
/// the main database's readers (measured in BENCHMARKS.md). Writing goes through
/// `AccessLogWriter` only.
struct AccessLog: Sendable {
    let pool: DatabasePool

    /// The latest entries about one individual, newest first, with names, roles and the role
    /// grants in force at each moment taken from the main database `names`.
    func lines(for individualID: Int64, limit: Int = 100, names: Database) throws -> [AccessLogLine] {
        let rows = try pool.read { db in try AccessLogStore.entries(individualID: individualID, limit: limit, db) }
        var people: [Int64: (String, String)] = [:]
        var grantHistories: [Int64: [RoleGrantRecord]] = [:]
        return try rows.map { row in
            let userID: Int64? = try row.get("user_id")
            let at: Date = try row.get("at")
            var who = (userID == nil ? "The command line (a data import or export)" : "Someone", "")
            var grants: [RoleGrantRecord] = []
            if let userID {
                if people[userID] == nil, let user = try UserStore.find(id: userID, names) {
                    people[userID] = (user.displayName, user.roles.sorted().map(\.title).joined(separator: ", "))
                    grantHistories[userID] = try RoleGrantStore.history(userID: userID, names)
                }
                who = people[userID] ?? who
                let history = grantHistories[userID] ?? []
                let inForce = RoleGrantHistory.inForce(history.map(\.grant), userID: userID, at: at)
                grants = history.filter { inForce.contains($0.grant) }
            }
            let categories: String = try row.get("categories")
            return AccessLogLine(
                at: at, who: who.0, roles: who.1,
                categories: categories.split(separator: ",").compactMap { InformationCategory(rawValue: String($0)) },
                action: try row.get("action"), reason: try row.get("reason"), grants: grants)
        }
    }

    /// The reason logged for each person the manager's network page shows.
    static let networkPageReason = "network page"

    /// The latest entries across the cohort for the manager: the person's reference, never
    /// their name (managers see aggregates), who looked and why. The network page's own
    /// listings are left out, or each visit would push who else looked off the page.
    func recent(
        limit: Int, references: Database
    ) throws -> [(at: Date, individualID: Int64?, ref: String, who: String, categories: String, action: String, reason: String)] {
        let rows = try pool.read { db in try AccessLogStore.recent(limit: limit, excludingListingReason: Self.networkPageReason, db) }
        return try rows.map { row in
            let userID: Int64? = try row.get("user_id")
            let individualID: Int64? = try row.get("individual_id")
            let ref: String? = try individualID.flatMap { try IndividualStore.reference(id: $0, references) }
            let who = try userID.flatMap { try UserStore.find(id: $0, references)?.displayName } ?? "Command line"
            let categories: String = try row.get("categories")
            return (try row.get("at"), individualID, ref ?? "–", who,
                    categories.split(separator: ",").compactMap { InformationCategory(rawValue: String($0))?.title }.joined(separator: ", "),
                    try row.get("action"), try row.get("reason"))
        }
    }
}
