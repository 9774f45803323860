import Domain
import Foundation
import SQLite

/// The quarterly report as last computed on each read connection, kept while SQLite's
/// `PRAGMA data_version` on that connection says nothing has been committed since. A read
/// connection never writes, so its data version changes whenever anyone else commits (this
/// process's writer, an import from the command line): the cached report is exactly what a
/// fresh computation over the same snapshot would give, and is recomputed otherwise.
///
/// Sendable invariant (why `@unchecked` is sound): `entries` and `computed` are touched only
/// while `lock` is held; reports are immutable values. `computing` lets one report be computed
/// at a time, so concurrent misses do not each hold the whole cohort's rows (memory).
final class ReportCache: @unchecked Sendable {
    /// One cached report: which connection and data version it was computed for.
    private struct Key: Hashable {
        let connection: ObjectIdentifier
        let quarter: String
    }

    /// At most this many reports are kept (connections × quarters a manager flips between).
    static let capacity = 24
    private var entries: [Key: (version: Int64, report: QuarterlyReport)] = [:]
    private var computed = 0
    private let lock = NSLock()
    /// One computation at a time: each holds every assessment of the cohort in memory.
    private let computing = NSLock()

    /// How many times a report was computed rather than served from the cache.
    var computations: Int {
        lock.withLock { computed }
    }

    /// The report for `quarter` over the pool's current data: cached when the reader's data
    /// version is the one it was computed at, else computed (inside the same read snapshot).
    func report(for quarter: ReportQuarter, _ pool: DatabasePool) throws -> QuarterlyReport {
        try pool.read { db in
            let key = Key(connection: ObjectIdentifier(db), quarter: quarter.description)
            let version = try ReportStore.dataVersion(db)
            if let hit = lock.withLock({ entries[key] }), hit.version == version { return hit.report }
            let report = try computing.withLock {
                defer { MemoryArenas.trim() }
                return QuarterlyReport.compute(try ReportStore.input(for: quarter, db))
            }
            lock.withLock {
                if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
                entries[key] = (version, report)
                computed += 1
            }
            return report
        }
    }
}
