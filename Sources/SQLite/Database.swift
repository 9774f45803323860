import CSQLite

/// One SQLite connection: owns its `sqlite3*`, its cache of prepared statements, and closes both in `deinit`.
///
/// A connection is used by one thread at a time (it is opened with SQLITE_OPEN_NOMUTEX), so it
/// is not `Sendable`: reach it through `DatabasePool`, the one door that serialises access.
/// This follows GRDB's `Database` (GRDB/Core/Database.swift).
public final class Database {
    /// Milliseconds a statement waits for another connection's lock before failing with SQLITE_BUSY.
    public static let busyTimeoutMilliseconds: Int32 = 5000
    /// The cache is cleared when it grows past this many statements, which only ad-hoc SQL text can cause.
    static let statementCacheLimit = 256

    /// The file path, or ":memory:".
    public let path: String
    /// Whether the connection was opened read-only (a pool reader).
    public let isReadOnly: Bool
    let handle: OpaquePointer
    var savepointDepth = 0
    private var statementCache: [String: Statement] = [:]

    /// Opens (creating if needed, unless read-only) and configures a connection.
    ///
    /// Sets foreign_keys=ON, busy_timeout=5000 and synchronous=FULL; a writable connection also
    /// sets journal_mode=WAL, which is stored in the file, so readers opened afterwards use it too.
    public init(path: String, readOnly: Bool = false) throws {
        var opened: OpaquePointer?
        let access = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        let resultCode = sqlite3_open_v2(path, &opened, access | SQLITE_OPEN_NOMUTEX, nil)
        guard resultCode == SQLITE_OK, let opened else {
            let error = SQLiteError(connection: opened, resultCode: resultCode, sql: nil)
            sqlite3_close_v2(opened)
            throw error
        }
        self.handle = opened
        self.path = path
        self.isReadOnly = readOnly
        sqlite3_extended_result_codes(opened, 1)
        sqlite3_busy_timeout(opened, Self.busyTimeoutMilliseconds)
        if !readOnly {
            _ = try scalar("PRAGMA journal_mode = WAL") as String?
        }
        try execute("PRAGMA foreign_keys = ON")
        try execute("PRAGMA synchronous = FULL")
    }

    /// A private in-memory database for unit tests (no WAL, gone when released).
    public static func inMemory() throws -> Database {
        try Database(path: ":memory:")
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// The rowid of the most recent successful INSERT on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the most recent INSERT, UPDATE or DELETE on this connection.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// Whether a transaction is open (SQLite is not in autocommit mode).
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Pages copied per backup step: small enough that each step holds the source only briefly.
    public static let backupPagesPerStep: Int32 = 128

    /// Copies this database to `path` (replacing any file there) with SQLite's online backup API.
    ///
    /// For a database that is serving traffic, use `DatabasePool.backup(to:)`.
    public func backup(to path: String) throws {
        let backup = OnlineBackup(pagesPerStep: Self.backupPagesPerStep, pauseBetweenSteps: 0)
        try backup.copy(from: handle, to: path) { step in try step() }
    }

    /// Runs `PRAGMA integrity_check` and reports whether SQLite answered "ok".
    public func integrityCheck() throws -> Bool {
        let rows = try query("PRAGMA integrity_check")
        return rows.count == 1 && rows[0][0] == .text("ok")
    }

    /// Prepares a statement once per SQL text and hands it out again while it is not in use.
    func cachedStatement(_ sql: String) throws -> Statement {
        if let cached = statementCache[sql] {
            return cached.isInUse ? try Statement(connection: handle, sql: sql, persistent: false) : cached
        }
        if statementCache.count >= Self.statementCacheLimit {
            statementCache = statementCache.filter { $0.value.isInUse }
        }
        let statement = try Statement(connection: handle, sql: sql, persistent: true)
        statementCache[sql] = statement
        return statement
    }

    /// Binds, runs `body` on the statement, then resets it for the next caller.
    func withStatement<T>(
        _ sql: String,
        _ arguments: [(any SQLBindable)?],
        _ body: (Statement) throws -> T
    ) throws -> T {
        let statement = try cachedStatement(sql)
        statement.isInUse = true
        defer {
            statement.reset()
            statement.isInUse = false
        }
        try statement.bind(arguments)
        return try body(statement)
    }
}

/// A connection must never be used from two threads at once; share a `DatabasePool` instead.
@available(*, unavailable)
extension Database: Sendable {}
