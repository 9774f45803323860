import CSQLite
import Foundation

/// A copy of a live database made with SQLite's online backup API (https://sqlite.org/backup.html).
///
/// The copy is written to `<path>.partial` and renamed over `<path>` only when complete, so a
/// crash never leaves a half-written file under the real name. Pages are copied a few at a time;
/// every SQLite call goes through `exclusive`, the caller's door to the source connection, and
/// the door is released between steps so the application's writers keep going. Writes made
/// through the source connection itself between steps are copied into the backup by SQLite, so
/// backing up from the writer's connection yields a consistent copy without restarting.
struct OnlineBackup {
    /// How often to retry a step that found the source busy or locked before giving up.
    static let maximumBusyRetries = 1000
    /// The pause after a busy or locked step, in microseconds.
    static let busyPause: useconds_t = 5_000

    let pagesPerStep: Int32
    /// The pause between successful steps, in microseconds, letting waiting writers in.
    let pauseBetweenSteps: useconds_t

    /// Copies the `main` database of `source` to `path`.
    func copy(
        from source: OpaquePointer,
        to path: String,
        exclusive: (() throws -> Void) throws -> Void
    ) throws {
        let partialPath = path + ".partial"
        unlink(partialPath)
        let destination = try openDestination(partialPath)
        defer { sqlite3_close_v2(destination) }
        var backup: OpaquePointer?
        try exclusive {
            backup = sqlite3_backup_init(destination, "main", source, "main")
        }
        guard let backup else {
            unlink(partialPath)
            throw SQLiteError(connection: destination, resultCode: sqlite3_errcode(destination), sql: nil)
        }
        var finished = false
        defer {
            if !finished {
                try? exclusive { sqlite3_backup_finish(backup) }
                unlink(partialPath)
            }
        }
        try run(backup, exclusive: exclusive)
        var code = SQLITE_OK
        try exclusive { code = sqlite3_backup_finish(backup) }
        finished = true
        guard code == SQLITE_OK else {
            unlink(partialPath)
            throw failure(code)
        }
        guard rename(partialPath, path) == 0 else {
            throw SQLiteError(extendedCode: SQLITE_CANTOPEN, message: "cannot move the backup into place", sql: nil)
        }
    }

    /// Opens the destination as a plain rollback-journal file, so the finished copy is one file.
    private func openDestination(_ path: String) throws -> OpaquePointer {
        var destination: OpaquePointer?
        let code = sqlite3_open_v2(path, &destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
        guard code == SQLITE_OK, let destination else {
            let error = SQLiteError(connection: destination, resultCode: code, sql: nil)
            sqlite3_close_v2(destination)
            throw error
        }
        return destination
    }

    private func run(
        _ backup: OpaquePointer,
        exclusive: (() throws -> Void) throws -> Void
    ) throws {
        var busyRetries = 0
        while true {
            var code = SQLITE_OK
            try exclusive { code = sqlite3_backup_step(backup, pagesPerStep) }
            switch code {
            case SQLITE_DONE:
                return
            case SQLITE_OK:
                busyRetries = 0
                if pauseBetweenSteps > 0 { usleep(pauseBetweenSteps) }
            case SQLITE_BUSY, SQLITE_LOCKED:
                busyRetries += 1
                guard busyRetries <= Self.maximumBusyRetries else { throw failure(code) }
                usleep(Self.busyPause)
            default:
                throw failure(code)
            }
        }
    }

    private func failure(_ code: Int32) -> SQLiteError {
        SQLiteError(extendedCode: code, message: "backup failed: \(String(cString: sqlite3_errstr(code)))", sql: nil)
    }
}
