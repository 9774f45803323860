import Foundation

/// `trusted-person backup FILE [--force]`: online copies of the database and its access log.
extension Application {
    /// Why a backup was not written; the description is the one-line reason the command prints.
    public enum BackupError: Error, Equatable, CustomStringConvertible {
        /// A file (or anything else) already sits at the path; backups never overwrite.
        case destinationExists(String)
        /// The folder for the copies could not be created.
        case cannotCreateFolder(String)

        public var description: String {
            switch self {
            case .destinationExists(let path):
                "\(path) already exists; backups never overwrite, so choose a new file name (or add --force to replace it)"
            case .cannotCreateFolder(let path):
                "cannot create the folder \(path) for the backup"
            }
        }
    }

    /// Writes online, consistent copies of the database to `path` and of the access log
    /// beside it (`AppConfiguration.accessLogPath(beside:)`); returns both paths.
    ///
    /// Missing parent folders are created. If either copy's path is already taken, nothing is
    /// written: an old backup is never replaced by accident, and the pair always belongs together.
    /// With `replacing` (`backup --force`) existing copies are replaced, each only once its new
    /// copy is complete (`OnlineBackup` renames it into place), and any `-wal`/`-shm` files left
    /// beside them by someone who opened the old copy are removed, so they cannot be replayed
    /// into the new one.
    @discardableResult
    public func backup(to path: String, replacing: Bool = false) throws -> [String] {
        let logCopy = AppConfiguration.accessLogPath(beside: path)
        for destination in [path, logCopy] where !replacing && Self.isTaken(destination) {
            throw BackupError.destinationExists(destination)
        }
        if replacing {
            for leftover in [path, logCopy].flatMap({ [$0 + "-wal", $0 + "-shm"] }) where Self.isTaken(leftover) {
                try? FileManager.default.removeItem(atPath: leftover)
            }
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw BackupError.cannotCreateFolder(folder)
            }
        }
        try services.pool.backup(to: path)
        try services.accessLog.pool.backup(to: logCopy)
        return [path, logCopy]
    }

    /// Whether something (a file, a folder, even a dangling symbolic link) is at `path`.
    private static func isTaken(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)) != nil
    }
}
