import Foundation

/// Applies numbered SQL files (`0001_people.sql`, `0002_consent.sql`, …) in order, once each.
///
/// Every migration runs in its own transaction together with its row in `schema_migrations`
/// (version, name, checksum, applied_at), so it is applied wholly or not at all. As in GRDB's
/// `DatabaseMigrator`, a shipped migration never changes: before applying anything, every applied
/// migration must still exist with the same checksum, so an edited or deleted file stops start-up.
/// Files must not contain BEGIN/COMMIT, nor pragmas that cannot run inside a transaction.
public struct Migrator: Sendable {
    /// The folder holding the `.sql` files.
    public let directory: String

    /// A migrator for the `.sql` files in `directory`.
    public init(directory: String) {
        self.directory = directory
    }

    /// Checks applied migrations, then applies the pending ones in order; returns their file names.
    @discardableResult
    public func migrate(_ pool: DatabasePool) throws -> [String] {
        let files = try MigrationFile.load(from: directory)
        try pool.write { try $0.execute(Self.createTable) }
        let pending = try pool.write { try Self.pending(files, in: $0) }
        for file in pending {
            do {
                try pool.write { db in
                    try db.executeScript(file.sql)
                    try db.execute(
                        "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)",
                        file.version, file.fileName, file.checksum, Date()
                    )
                }
            } catch let error as SQLiteError {
                throw MigrationError.failed(file: file.fileName, error)
            }
        }
        return pending.map(\.fileName)
    }

    /// Checks applied migrations and returns the file names `migrate` would apply, changing nothing.
    public func pending(_ pool: DatabasePool) throws -> [String] {
        let files = try MigrationFile.load(from: directory)
        return try pool.read { try Self.pending(files, in: $0) }.map(\.fileName)
    }

    private static let createTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            checksum TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
        """

    /// Validates recorded migrations against `files` and returns those not yet applied.
    private static func pending(_ files: [MigrationFile], in db: Database) throws -> [MigrationFile] {
        let tableExists: Int? = try db.scalar(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'"
        )
        guard tableExists == 1 else { return files }
        let filesByVersion = Dictionary(uniqueKeysWithValues: files.map { ($0.version, $0) })
        var applied = Set<Int>()
        for row in try db.query("SELECT version, name, checksum FROM schema_migrations ORDER BY version") {
            let version: Int = try row.get("version")
            let name: String = try row.get("name")
            guard let file = filesByVersion[version], file.fileName == name else {
                throw MigrationError.missingFile(name)
            }
            guard file.checksum == (try row.get("checksum") as String) else {
                throw MigrationError.checksumMismatch(file: name)
            }
            applied.insert(version)
        }
        return files.filter { !applied.contains($0.version) }
    }
}
