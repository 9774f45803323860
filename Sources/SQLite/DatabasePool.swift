import CSQLite
import Foundation

/// The one door to a database file: writes go one at a time through a single writer connection,
/// reads go to a small pool of read-only connections that WAL lets run alongside a write.
///
/// Sendable invariant (why `@unchecked` is sound): `writer` is touched only while `writerLock`
/// is held, and each reader only by the one thread `ReaderPool` lent it to, until it is given
/// back. No `Database` is ever handed out beyond the closure it was lent to.
public final class DatabasePool: @unchecked Sendable {
    /// The database file.
    public let path: String
    private let writer: Database
    private let writerLock = NSRecursiveLock()
    let readers: ReaderPool

    /// Opens (creating the file and its parent folder if missing) one writer and `readers` readers.
    public init(path: String, readers: Int = 4) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw SQLiteError(
                extendedCode: SQLITE_CANTOPEN, message: "cannot create the folder for the database", sql: nil)
        }
        self.path = path
        self.writer = try Database(path: path)
        self.readers = try ReaderPool(path: path, count: readers)
    }

    /// Runs `body` on the writer inside one transaction: committed on return, rolled back on throw.
    ///
    /// Callers wait their turn; a nested `write` on the same thread joins the open transaction as
    /// a savepoint. Keep the closure short: it holds up every other writer.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        try withWriter { writer in
            try writer.transaction { try body(writer) }
        }
    }

    /// Runs `body` on a reader inside a read transaction, so it sees one consistent snapshot.
    ///
    /// A read never waits for a write (WAL); it sees what was committed before it began.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try readers.withReader { reader in
            try reader.readTransaction { try body(reader) }
        }
    }

    /// Runs `PRAGMA integrity_check` on a reader (so writers keep going); `true` when "ok".
    public func integrityCheck() throws -> Bool {
        try read { try $0.integrityCheck() }
    }

    /// Copies the database to `path` with the online backup API while the app keeps serving.
    ///
    /// The backup is taken from the writer's connection, a few pages per turn of the writer's
    /// door: other writes get in between steps, and SQLite folds them into the copy, so the
    /// result is a consistent picture of every transaction committed before the copy finished.
    /// Call it outside `write`: the writer's own open transaction would block the copy.
    public func backup(to path: String) throws {
        try backup(to: path, pagesPerStep: Database.backupPagesPerStep)
    }

    func backup(to path: String, pagesPerStep: Int32) throws {
        try withWriter { writer in
            guard !writer.isInTransaction else {
                throw SQLiteError.misuse("backup(to:) cannot run inside write", sql: nil)
            }
        }
        let backup = OnlineBackup(pagesPerStep: pagesPerStep, pauseBetweenSteps: 200)
        try backup.copy(from: writer.handle, to: path) { step in
            try withWriter { _ in try step() }
        }
    }

    /// Lends the writer connection as it is, holding the door so no one else uses it meanwhile.
    func withWriter<T>(_ body: (Database) throws -> T) throws -> T {
        writerLock.lock()
        defer { writerLock.unlock() }
        return try body(writer)
    }
}
