import SQLite

/// SQL for the health check: one cheap query that reads a real table, so a database that is
/// missing, locked out or not ours fails it.
enum HealthStore {
    /// How many migrations the database records; throws when the database cannot be read.
    static func appliedMigrations(_ db: Database) throws -> Int64 {
        try db.scalar("SELECT count(*) FROM schema_migrations") ?? 0
    }
}
