import Domain
import Foundation
import SQLite
import Synchronization

/// The one door to an individual's personal information: it asks `AccessPolicy` what the
/// user may read, hands the page a `Readable` for exactly those categories, and writes the
/// access log entry (committed before the caller continues) in the same call.
///
/// Why one door: PRODUCT.md requires every read of personal information to go through one
/// policy and into the access log, so nothing can show information without both.
struct PersonalDataAccess: Sendable {
    let pool: DatabasePool
    let log: AccessLogWriter

    /// How `user` stands towards the individual now, and what they may read of them; nil when
    /// there is no such individual. `RouteGate` calls this once per request for the individual
    /// a route names; everything after reads through the `IndividualAccess` it returns.
    func resolve(individualID: IndividualID, user: CurrentUser, now: Date) throws -> IndividualAccess? {
        let today = LondonTime.today(now)
        let policy = AccessPolicy()
        return try pool.read { db in
            guard try RelationStore.exists(individualID: individualID.rawValue, db) else { return nil }
            let relation = try RelationStore.relation(
                userID: user.id, individualID: individualID.rawValue, today: today, now: now, db)
            return IndividualAccess(
                id: individualID, relation: relation, readableCategories: policy.readableCategories(user.roles, relation),
                mayView: policy.mayViewIndividual(user.roles, relation), mayWork: policy.mayWorkWithIndividual(user.roles, relation))
        }
    }

    /// Runs `body` with a read snapshot and a `Readable` for exactly the categories `access`
    /// allows, then logs the categories the page actually read, and why (committed before the
    /// caller continues). Throws `forbidden` if the user may not open the record.
    func read<T>(
        _ access: IndividualAccess, user: CurrentUser, now: Date, action: String = "view", reason: String,
        _ body: (Database, Readable) throws -> T
    ) throws -> T {
        guard access.mayView else { throw AppError.forbidden }
        let readable = Readable(access.readableCategories)
        let value = try pool.read { db in try body(db, readable) }
        try log.record(AccessLogEntry(
            at: now, userID: user.id, individualID: access.id.rawValue,
            categories: readable.categoriesRead.map(\.rawValue).sorted().joined(separator: ","), action: action, reason: reason))
        return value
    }

    /// `read` for the individual the request's route names, with the request as the reason
    /// unless another is given.
    func read<T>(_ context: RequestContext, action: String = "view", reason: String? = nil, _ body: (Database, Readable) throws -> T) throws -> T {
        try read(
            try context.individualAccess, user: try context.signedInUser, now: context.now, action: action,
            reason: reason ?? context.logReason, body)
    }

    /// `read` for an individual the route does not name (a handover, a bulk handover).
    func read<T>(
        individualID: Int64, user: CurrentUser, now: Date, action: String = "view", reason: String,
        _ body: (Database, Readable) throws -> T
    ) throws -> T {
        guard let access = try resolve(individualID: IndividualID(individualID), user: user, now: now) else { throw AppError.notFound }
        return try read(access, user: user, now: now, action: action, reason: reason, body)
    }

    /// Like `read`, for several individuals in one snapshot (a list page); individuals the user
    /// may not open are skipped, and all the log entries are committed together.
    func readEach<T>(
        individualIDs: [Int64], user: CurrentUser, now: Date, reason: String, _ body: (Int64, Database, Readable) throws -> T
    ) throws -> [(individualID: Int64, value: T)] {
        let today = LondonTime.today(now)
        let policy = AccessPolicy()
        let results = try pool.read { db -> [(Int64, T, Readable)] in
            try individualIDs.compactMap { id in
                let relation = try RelationStore.relation(userID: user.id, individualID: id, today: today, now: now, db)
                guard policy.mayViewIndividual(user.roles, relation) else { return nil }
                let readable = Readable(policy.readableCategories(user.roles, relation))
                return (id, try body(id, db, readable), readable)
            }
        }
        try log.record(results.map { id, _, readable in
            AccessLogEntry(
                at: now, userID: user.id, individualID: id,
                categories: readable.categoriesRead.map(\.rawValue).sorted().joined(separator: ","), action: "view", reason: reason)
        })
        return results.map { ($0.0, $0.1) }
    }

    /// Logs that `user` was shown the names and references of these individuals in a list whose
    /// route only coordinators reach (the caseload), in one commit; no category content.
    func logListing(individualIDs: [Int64], user: CurrentUser, now: Date, reason: String) throws {
        try log.record(individualIDs.map { id in
            AccessLogEntry(at: now, userID: user.id, individualID: id, categories: "", action: "list", reason: reason)
        })
    }
}

/// The categories one reader may see of one individual's information. Only
/// `PersonalDataAccess` can make one; stores that load category content take one, ask
/// `allows` per item, and the token remembers every category actually read, for the log.
final class Readable: Sendable {
    let categories: Set<InformationCategory>
    private let touched = Mutex<Set<InformationCategory>>([])

    fileprivate init(_ categories: Set<InformationCategory>) {
        self.categories = categories
    }

    /// Whether content of `category` may be shown; records the read when it may.
    func allows(_ category: InformationCategory) -> Bool {
        guard categories.contains(category) else { return false }
        touched.withLock { _ = $0.insert(category) }
        return true
    }

    /// Every category read through this token so far.
    var categoriesRead: Set<InformationCategory> { touched.withLock { $0 } }
}
