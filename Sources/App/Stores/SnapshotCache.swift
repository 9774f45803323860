import Foundation
import SQLite

/// Values computed from a read snapshot, kept per read connection while SQLite's
/// `PRAGMA data_version` on that connection says nothing has been committed since (the same
/// rule as `ReportCache`). A read connection never writes, so its data version changes
/// whenever anyone else commits (this process's writer, an import from the command line): a
/// kept value is exactly what computing it again over the same snapshot would give, as long
/// as the key names every other input (the filter, today's date, the moment where it matters).
///
/// Sendable invariant (why `@unchecked` is sound): `entries` and `computed` are touched only
/// while `lock` is held; values are immutable.
final class SnapshotCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    /// At most this many values are kept per connection; past it, that connection starts afresh.
    let capacity: Int
    private var entries: [ObjectIdentifier: (version: Int64, values: [Key: Value])] = [:]
    private var computed = 0
    private let lock = NSLock()

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// How many times a value was computed rather than served from the cache.
    var computations: Int {
        lock.withLock { computed }
    }

    /// The value for `key` in the snapshot `db` is reading: kept when the connection's data
    /// version is the one it was computed at, else computed by `compute` in this snapshot.
    func value(for key: Key, _ db: Database, compute: (Database) throws -> Value) throws -> Value {
        let connection = ObjectIdentifier(db)
        let version = try SnapshotVersion.current(db)
        let kept = lock.withLock { () -> Value? in
            guard let entry = entries[connection], entry.version == version else { return nil }
            return entry.values[key]
        }
        if let kept { return kept }
        let value = try compute(db)
        lock.withLock {
            var entry = entries[connection] ?? (version, [:])
            if entry.version != version || entry.values.count >= capacity { entry = (version, [:]) }
            entry.values[key] = value
            entries[connection] = entry
            computed += 1
        }
        return value
    }
}

/// Which committed state a read transaction sees.
enum SnapshotVersion {
    /// `PRAGMA data_version` once the read transaction has begun (a read of the schema starts
    /// it), so the number names the snapshot the transaction reads rather than an earlier one.
    static func current(_ db: Database) throws -> Int64 {
        let _: Int? = try db.scalar("SELECT 1 FROM sqlite_schema LIMIT 1")
        return try ReportStore.dataVersion(db)
    }
}
