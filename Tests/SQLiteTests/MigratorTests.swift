import Foundation
import SQLite
import Testing

@Suite struct MigratorTests {
    private static let people = "CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
    private static let notes = "CREATE TABLE note (person_id INTEGER REFERENCES person (id));\n"

    /// Runs `body` with a pool and a migrations folder holding `files` (name → SQL).
    private func withMigrations(
        _ files: [String: String],
        _ body: (DatabasePool, String) throws -> Void
    ) throws {
        try DatabasePool.withTemporary { pool, folder in
            let migrations = folder + "/migrations"
            try FileManager.default.createDirectory(atPath: migrations, withIntermediateDirectories: true)
            for (name, sql) in files {
                try writeFile(migrations + "/" + name, sql)
            }
            try body(pool, migrations)
        }
    }

    private func tables(_ pool: DatabasePool) throws -> [String] {
        try pool.read { db in
            try db.query("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
                .map { try $0.get("name") as String }
        }
    }

    @Test func appliesPendingMigrationsInOrderAndRecordsThem() throws {
        try withMigrations(["0002_notes.sql": Self.notes, "0001_people.sql": Self.people, ".DS_Store": ""]) {
            pool, folder in
            let migrator = Migrator(directory: folder)
            #expect(try migrator.pending(pool) == ["0001_people.sql", "0002_notes.sql"])
            #expect(try migrator.migrate(pool) == ["0001_people.sql", "0002_notes.sql"])
            let recorded = try pool.read { db in
                try db.query("SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version")
            }
            #expect(try recorded.map { try $0.get("version") as Int } == [1, 2])
            #expect(try recorded.map { try $0.get("name") as String } == ["0001_people.sql", "0002_notes.sql"])
            #expect(try recorded.allSatisfy { try ($0.get("checksum") as String).hasPrefix("fnv1a64:") })
            // Stored to the nearest millisecond, so up to half a millisecond after the moment it was taken.
            #expect(try recorded.allSatisfy { (try $0.get("applied_at") as Date) <= Date().addingTimeInterval(0.001) })
            #expect(try tables(pool) == ["note", "person", "schema_migrations"])
        }
    }

    @Test func runningAgainAppliesNothing() throws {
        try withMigrations(["0001_people.sql": Self.people]) { pool, folder in
            let migrator = Migrator(directory: folder)
            try migrator.migrate(pool)
            #expect(try migrator.migrate(pool) == [])
            #expect(try migrator.pending(pool) == [])
            try writeFile(folder + "/0002_notes.sql", Self.notes)
            #expect(try migrator.migrate(pool) == ["0002_notes.sql"])
        }
    }

    @Test func anEditedAppliedMigrationStopsStartUp() throws {
        try withMigrations(["0001_people.sql": Self.people]) { pool, folder in
            let migrator = Migrator(directory: folder)
            try migrator.migrate(pool)
            try writeFile(folder + "/0001_people.sql", Self.people + "-- a harmless-looking edit\n")
            #expect(throws: MigrationError.checksumMismatch(file: "0001_people.sql")) { try migrator.migrate(pool) }
            #expect(throws: MigrationError.self) { try migrator.pending(pool) }
        }
    }

    @Test func aMissingAppliedMigrationStopsStartUp() throws {
        try withMigrations(["0001_people.sql": Self.people, "0002_notes.sql": Self.notes]) { pool, folder in
            let migrator = Migrator(directory: folder)
            try migrator.migrate(pool)
            try FileManager.default.removeItem(atPath: folder + "/0002_notes.sql")
            #expect(throws: MigrationError.missingFile("0002_notes.sql")) { try migrator.migrate(pool) }
        }
    }

    @Test(arguments: [
        "001_short.sql", "0001-dash.sql", "0001_.sql", "0001_people.SQL", "people.sql", "0001_sp ace.sql", "notes.txt",
    ])
    func rejectsBadFileNames(name: String) throws {
        try withMigrations(["0001_people.sql": Self.people, name: "SELECT 1;"]) { pool, folder in
            #expect(throws: MigrationError.invalidFileName(name)) { try Migrator(directory: folder).migrate(pool) }
            let created = try tables(pool)
            #expect(created == [])
        }
    }

    @Test func rejectsDuplicateVersions() throws {
        try withMigrations(["0001_people.sql": Self.people, "0001_notes.sql": Self.notes]) { pool, folder in
            let duplicate = MigrationError.duplicateVersion(1, files: ["0001_notes.sql", "0001_people.sql"])
            #expect(throws: duplicate) { try Migrator(directory: folder).migrate(pool) }
        }
    }

    @Test func aFailingMigrationRollsBackLeavingNothing() throws {
        let broken = "CREATE TABLE half (x);\nINSERT INTO half VALUES (1);\nINSERT INTO nowhere VALUES (1);\n"
        try withMigrations(["0001_people.sql": Self.people, "0002_broken.sql": broken]) { pool, folder in
            let error = #expect(throws: MigrationError.self) { try Migrator(directory: folder).migrate(pool) }
            let cause = SQLiteError(
                extendedCode: 1, message: "no such table: nowhere", sql: "INSERT INTO nowhere VALUES (1);")
            #expect(error == .failed(file: "0002_broken.sql", cause))
            let created = try tables(pool)
            let versions = try pool.read { try $0.query("SELECT version FROM schema_migrations") }
            #expect(created == ["person", "schema_migrations"])
            #expect(versions.map { $0["version"] } == [.integer(1)])
        }
    }

    @Test func anUnreadableFolderIsAnError() throws {
        try DatabasePool.withTemporary { pool, folder in
            #expect(throws: MigrationError.self) { try Migrator(directory: folder + "/absent").migrate(pool) }
        }
    }
}
