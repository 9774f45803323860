import CSQLite

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
                    return try SideBySide.run({ try first(one) }, { try second(other) })
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
