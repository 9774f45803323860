import Domain
import Foundation
import SQLite
import TemplateEngine

/// The network page's trend section as last computed on each read connection for a day, kept
/// while SQLite's `PRAGMA data_version` on that connection says nothing has been committed
/// since (as `ReportCache` does for the report): exactly what a fresh computation over the same
/// snapshot gives, recomputed otherwise. The section reads every link's dates, so a manager's
/// repeated visits should not each pay for it.
///
/// Sendable invariant (why `@unchecked` is sound): `entries` and `computed` are touched only
/// while `lock` is held; the cached values are immutable.
final class NetworkTrendsCache: @unchecked Sendable {
    private struct Key: Hashable {
        let connection: ObjectIdentifier
        let today: CalendarDate
    }

    /// At most this many sections are kept (one per read connection and day).
    static let capacity = 16
    private var entries: [Key: (version: Int64, values: [String: TemplateValue])] = [:]
    private var computed = 0
    private let lock = NSLock()

    /// How many times the section was computed rather than served from the cache.
    var computations: Int { lock.withLock { computed } }

    /// The section's values for `today` over the pool's current data.
    func values(today: CalendarDate, _ pool: DatabasePool) throws -> [String: TemplateValue] {
        try pool.read { db in
            let key = Key(connection: ObjectIdentifier(db), today: today)
            let version = try ReportStore.dataVersion(db)
            if let hit = lock.withLock({ entries[key] }), hit.version == version { return hit.values }
            let values = try NetworkTrendsSection.values(db, today: today)
            lock.withLock {
                if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
                entries[key] = (version, values)
                computed += 1
            }
            return values
        }
    }
}
