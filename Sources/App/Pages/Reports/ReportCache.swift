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

    /// The report for `quarter` over the pool's current data: cached when a reader's data
    /// version is the one it was computed at, else computed from one snapshot read on two
    /// readers at once (`ReportStore.input(for:_:noting:)`) and kept for both of them (when
    /// the pool read both halves on one reader, that reader is noted twice, harmlessly).
    /// The input's memory, freed after computing, is left to the allocator rather than handed
    /// back with `malloc_trim`: the next computation reuses it instead of faulting some 40 MB
    /// of fresh pages in again, which was 10 ms of every uncached page; the peak is the same.
    func report(for quarter: ReportQuarter, _ pool: DatabasePool) throws -> QuarterlyReport {
        if let hit = try cached(quarter, pool) { return hit }
        return try computing.withLock {
            if let hit = try cached(quarter, pool) { return hit }
            let (input, readers) = try ReportStore.input(for: quarter, pool) { db in
                (Key(connection: ObjectIdentifier(db), quarter: quarter.description), try ReportStore.dataVersion(db))
            }
            let computation = ReportComputation(input)
            let (first, second) = try SideBySide.run(computation.firstHalf, computation.secondHalf)
            let report = computation.report(first, second)
            lock.withLock {
                if entries.count + readers.count > Self.capacity { entries.removeAll(keepingCapacity: true) }
                for (key, version) in readers { entries[key] = (version, report) }
                computed += 1
            }
            return report
        }
    }

    /// Forgets every kept report, as a commit would (the pages benchmark measures the page uncached).
    func removeAll() {
        lock.withLock { entries.removeAll() }
    }

    /// The kept report for `quarter` when the reader lent now has seen no commit since.
    private func cached(_ quarter: ReportQuarter, _ pool: DatabasePool) throws -> QuarterlyReport? {
        try pool.read { db in
            let key = Key(connection: ObjectIdentifier(db), quarter: quarter.description)
            let version = try ReportStore.dataVersion(db)
            guard let hit = lock.withLock({ entries[key] }), hit.version == version else { return nil }
            return hit.report
        }
    }
}
