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
                id: individualID, relation: relation, readable: Readable(policy.readableCategories(user.roles, relation)),
                mayView: policy.mayViewIndividual(user.roles, relation), mayWork: policy.mayWorkWithIndividual(user.roles, relation))
        }
    }

    /// Runs `body` with a read snapshot and the request's `Readable` for the individual the route
    /// names, and marks the record as opened: `RouteGate` then writes one access-log entry for
    /// the request, naming exactly the categories the page opened, before the page is sent.
    /// Throws `forbidden` if the user may not open the record.
    func read<T>(_ context: RequestContext, action: String? = nil, reason: String? = nil, _ body: (Database, Readable) throws -> T) throws -> T {
        let access = try context.individualAccess
        guard access.mayView else { throw AppError.forbidden }
        access.readable.markOpened(action: action, reason: reason)
        return try pool.read { db in try body(db, access.readable) }
    }

    /// The individual the route names, read through this door with the request as the reason.
    func person(_ context: RequestContext) throws -> IndividualRecord {
        let id = try context.individualAccess.id
        guard let person = try read(context, { db, _ in try IndividualStore.find(id: id.rawValue, db) }) else { throw AppError.notFound }
        return person
    }

    /// Writes the request's access-log entry when the page opened the record it names
    /// (`read(_:)`); `RouteGate` calls this once, after the handler and before the page is sent.
    func logOpened(_ context: RequestContext) throws {
        guard let access = context.individual, let user = context.user, let opening = access.readable.opening else { return }
        try log.record(AccessLogEntry(
            at: context.now, userID: user.id, individualID: access.id.rawValue,
            categories: access.readable.categoriesRead.map(\.rawValue).sorted().joined(separator: ","),
            action: opening.action ?? (context.request.method == .get ? "view" : "change"), reason: opening.reason ?? context.logReason))
    }

    /// Reads an individual the route does not name (a handover, a bulk handover) with a
    /// `Readable` of its own, and logs that read at once.
    func read<T>(
        individualID: Int64, user: CurrentUser, now: Date, action: String = "view", reason: String,
        _ body: (Database, Readable) throws -> T
    ) throws -> T {
        guard let access = try resolve(individualID: IndividualID(individualID), user: user, now: now) else { throw AppError.notFound }
        guard access.mayView else { throw AppError.forbidden }
        let value = try pool.read { db in try body(db, access.readable) }
        try log.record(AccessLogEntry(
            at: now, userID: user.id, individualID: individualID,
            categories: access.readable.categoriesRead.map(\.rawValue).sorted().joined(separator: ","), action: action, reason: reason))
        return value
    }

    /// Like `read`, for several individuals in one snapshot (a list page); individuals the user
    /// may not open are skipped, and all the log entries are committed together.
    func readEach<T>(
        individualIDs: [Int64], user: CurrentUser, now: Date, reason: String, _ body: (Int64, Database, Readable) throws -> T
    ) throws -> [(individualID: Int64, value: T)] {
        let today = LondonTime.today(now)
        let policy = AccessPolicy()
        let results = try pool.read { db -> [(Int64, T, Readable)] in
            let me = try TrustedPersonStore.find(userID: user.id, db)
            return try individualIDs.compactMap { id in
                let relation = try RelationStore.relation(userID: user.id, me: me, individualID: id, today: today, now: now, db)
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

    /// Runs `body` with everything held about one individual readable, for a subject-access
    /// export: the access policy decides (`subjectAccessCategories`; `user` nil is the command
    /// line), and the export is written to the access log with its reason before anything is
    /// read, so the export itself lists its own production among who has looked.
    func readForSubjectAccess<T>(
        individualID: Int64, user: CurrentUser?, now: Date, reason: String, _ body: (Database, Readable) throws -> T
    ) throws -> T {
        let categories = AccessPolicy().subjectAccessCategories(user?.roles)
        guard !categories.isEmpty else { throw AppError.forbidden }
        try log.record(AccessLogEntry(
            at: now, userID: user?.id, individualID: individualID,
            categories: categories.map(\.rawValue).sorted().joined(separator: ","), action: "subject-access-export", reason: reason))
        return try pool.read { db in try body(db, Readable(categories)) }
    }

    /// Logs that `user` was shown the names or references of these individuals in a list (the
    /// caseload, the manager's network page), in one commit; no category content.
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
    /// Why the record was opened, for the access-log entry.
    struct Opening: Sendable {
        let action: String?
        let reason: String?
    }

    let categories: Set<InformationCategory>
    private let touched = Mutex<Set<InformationCategory>>([])
    private let opened = Mutex<Opening?>(nil)

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

    /// Notes that the page opened the record; the first opening's action and reason are logged.
    fileprivate func markOpened(action: String?, reason: String?) {
        opened.withLock { if $0 == nil { $0 = Opening(action: action, reason: reason) } }
    }

    /// How the record was opened during this request, or nil if it was not.
    var opening: Opening? { opened.withLock { $0 } }
}
