import CSQLite
import Dispatch

extension DatabasePool {
    /// Runs `first` and `second` at the same time, each on its own reader, both seeing one and
    /// the same snapshot of the database: a long read split in two uses both cores.
    ///
    /// SQLite fixes a WAL reader's snapshot at its first read, so both readers take theirs while
    /// the writer connection holds the database's write lock (`BEGIN IMMEDIATE`, then rolled
    /// back before the reads run): no connection in any process can commit between the two.
    /// When that lock is not free within `lockWait` milliseconds (another process is writing),
    /// when the pool has one reader, or when the calling thread is inside `write`, the two run
    /// one after the other on one reader instead, which gives the same answer more slowly.
    /// The first closure runs on the calling thread; both are done when this returns.
    public func readSideBySide<First, Second>(
        lockWait: Int32 = 50, _ first: (Database) throws -> First, _ second: (Database) throws -> Second
    ) throws -> (First, Second) {
        try readers.withTwoReaders { pair in
            guard let (one, other) = pair else { return try sequentially(first, second) }
            return try one.readTransaction {
                try other.readTransaction {
                    guard try startSnapshots(one, other, lockWait: lockWait) else {
                        return (try first(one), try second(one))
                    }
                    return try concurrently({ try first(one) }, { try second(other) })
                }
            }
        }
    }

    private func sequentially<First, Second>(
        _ first: (Database) throws -> First, _ second: (Database) throws -> Second
    ) throws -> (First, Second) {
        try read { db in (try first(db), try second(db)) }
    }

    /// Starts both readers' snapshots while no one can commit; `false` when the write lock
    /// could not be had (the readers then hold no snapshot yet, or one that is simply older).
    private func startSnapshots(_ one: Database, _ other: Database, lockWait: Int32) throws -> Bool {
        try withWriter { writer in
            guard !writer.isInTransaction, writer.beginImmediate(waitingAtMost: lockWait) else { return false }
            defer { try? writer.execute("ROLLBACK") }
            try one.touchSchema()
            try other.touchSchema()
            return true
        }
    }

    /// Runs both closures, the second on another thread, and returns both results or the
    /// first error either threw.
    private func concurrently<First, Second>(
        _ first: () throws -> First, _ second: () throws -> Second
    ) throws -> (First, Second) {
        try withoutActuallyEscaping(first) { first in
            try withoutActuallyEscaping(second) { second in
                let one = Handoff(first)
                let other = Handoff(second)
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 { one.run() } else { other.run() }
                }
                return (try one.value(), try other.value())
            }
        }
    }
}

/// One closure handed to another thread and its result handed back.
///
/// Sendable invariant (why `@unchecked` is sound): `run` is called on exactly one thread, and
/// `value` only after `DispatchQueue.concurrentPerform` has returned, which waits for that
/// thread; the closure never outlives the call that lent it.
private final class Handoff<Value>: @unchecked Sendable {
    private let work: () throws -> Value
    private var result: Result<Value, any Error>?

    init(_ work: @escaping () throws -> Value) {
        self.work = work
    }

    func run() {
        result = Result { try work() }
    }

    func value() throws -> Value {
        guard let result else { preconditionFailure("the work ran before its value was asked for") }
        return try result.get()
    }
}

extension Database {
    /// `BEGIN IMMEDIATE`, waiting at most `milliseconds` for another connection's write lock;
    /// `false` when it stayed busy.
    func beginImmediate(waitingAtMost milliseconds: Int32) -> Bool {
        sqlite3_busy_timeout(handle, milliseconds)
        defer { sqlite3_busy_timeout(handle, Self.busyTimeoutMilliseconds) }
        do {
            try execute("BEGIN IMMEDIATE")
            return true
        } catch {
            return false
        }
    }

    /// Reads the schema's first page, which fixes a WAL reader's snapshot inside its transaction.
    func touchSchema() throws {
        let _: Int64? = try scalar("SELECT count(*) FROM sqlite_schema")
    }
}
