import Foundation
import SQLite
import Testing
@testable import App

/// `trusted-person backup FILE`: missing folders are created, and an existing file (the
/// database copy or its access-log twin) is never overwritten: exit 1 and nothing written.
@Suite struct BackupCommandTests {
    private let environment = ["TP_ROOT": TestApp.rootDirectory]

    /// A fresh temporary folder with a migrated live database in it.
    private func withLiveDatabase(_ body: (_ folder: String, _ database: String) throws -> Void) throws {
        let folder = NSTemporaryDirectory() + "tp-backup-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = folder + "/live.sqlite"
        #expect(CommandRunner.run(["migrate", "--db", database], environment: environment) == 0)
        try body(folder, database)
    }

    @Test func createsMissingFoldersForTheReadmeExample() throws {
        try withLiveDatabase { folder, database in
            let copy = folder + "/backups/2026/tp-2026-12-04.sqlite"
            #expect(CommandRunner.run(["backup", copy, "--db", database], environment: environment) == 0)
            let opened = try Database(path: copy, readOnly: true)
            #expect(try opened.integrityCheck())
            #expect(try (opened.scalar("SELECT count(*) FROM users") as Int?) == 0)
            #expect(FileManager.default.fileExists(atPath: folder + "/backups/2026/tp-2026-12-04.access-log.sqlite"))
        }
    }

    @Test func refusesAnExistingCopyAndWritesNothing() throws {
        try withLiveDatabase { folder, database in
            let copy = folder + "/copy.sqlite"
            let earlier = Data("an earlier backup".utf8)
            #expect(FileManager.default.createFile(atPath: copy, contents: earlier))
            #expect(CommandRunner.run(["backup", copy, "--db", database], environment: environment) == 1)
            #expect(FileManager.default.contents(atPath: copy) == earlier)
            #expect(!FileManager.default.fileExists(atPath: folder + "/copy.access-log.sqlite"))
            #expect(!FileManager.default.fileExists(atPath: copy + ".partial"))
        }
    }

    @Test func refusesAnExistingAccessLogTwinAndWritesNothing() throws {
        try withLiveDatabase { folder, database in
            let twin = folder + "/copy.access-log.sqlite"
            let earlier = Data("an earlier access log".utf8)
            #expect(FileManager.default.createFile(atPath: twin, contents: earlier))
            #expect(CommandRunner.run(["backup", folder + "/copy.sqlite", "--db", database], environment: environment) == 1)
            #expect(!FileManager.default.fileExists(atPath: folder + "/copy.sqlite"))
            #expect(FileManager.default.contents(atPath: twin) == earlier)
        }
    }

    @Test func aSecondBackupToTheSameNameIsRefusedWithAOneLineReason() throws {
        let test = try TestApp()
        let copy = test.directory + "/backups/copy.sqlite"
        try test.app.backup(to: copy)
        let error = #expect(throws: Application.BackupError.self) { try test.app.backup(to: copy) }
        #expect(error == .destinationExists(copy))
        #expect(error?.description == "\(copy) already exists; backups never overwrite, so choose a new file name (or add --force to replace it)")
        #expect(error?.description.contains("\n") == false)
    }

    @Test func forceReplacesBothCopiesWithTheLiveData() throws {
        try withLiveDatabase { folder, database in
            let copy = folder + "/copy.sqlite"
            #expect(CommandRunner.run(["backup", copy, "--db", database], environment: environment) == 0)
            let live = try Database(path: database)
            try live.execute("CREATE TABLE drill_marker (x INTEGER)")
            #expect(FileManager.default.createFile(atPath: copy + "-wal", contents: Data("stale".utf8)))
            #expect(CommandRunner.run(["backup", copy, "--db", database], environment: environment) == 1)
            #expect(CommandRunner.run(["backup", copy, "--force", "--db", database], environment: environment) == 0)
            #expect(!FileManager.default.fileExists(atPath: copy + "-wal"))
            let opened = try Database(path: copy, readOnly: true)
            #expect(try opened.integrityCheck())
            #expect(try (opened.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'drill_marker'") as Int?) == 1)
            #expect(FileManager.default.fileExists(atPath: folder + "/copy.access-log.sqlite"))
        }
    }

    @Test func forceIsForBackupOnly() throws {
        #expect(try CommandLineOptions.parse(["backup", "copy.sqlite", "--force"]).command == .backup(file: "copy.sqlite", force: true))
        #expect(throws: CommandLineOptions.UsageError.self) { try CommandLineOptions.parse(["migrate", "--force"]) }
    }

    @Test func aFolderThatCannotBeCreatedIsExplained() throws {
        let test = try TestApp()
        let blocker = test.directory + "/not-a-folder"
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data()))
        let error = #expect(throws: Application.BackupError.self) { try test.app.backup(to: blocker + "/copy.sqlite") }
        #expect(error == .cannotCreateFolder(blocker))
    }
}
