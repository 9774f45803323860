import Foundation
import SQLite
import Testing
@testable import App

/// The README's restore drill, as a test: back up while people are writing, wipe the live files,
/// put the backup in their place, start the app on it, check integrity and that the data is
/// what was backed up, including every write confirmed before the backup began.
@Suite struct RestoreDrillTests {
    /// Files to copy back for a database at `path`: the database and its access log.
    private func pair(_ path: String) -> [String] {
        [path, AppConfiguration.accessLogPath(beside: path)]
    }

    @Test func backupWhileWritingWipeRestoreAndCompare() throws {
        let backups = NSTemporaryDirectory() + "tp-drill-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: backups) }
        let duringWrites = backups + "/during.sqlite"
        let afterWrites = backups + "/after.sqlite"
        let livePath: String
        let liveDump: (main: DatabaseDump, log: DatabaseDump)
        let confirmedBeforeBackup: Set<String>
        let confirmedInAll: Set<String>
        var configuration: AppConfiguration
        do {
            let test = try TestApp()
            configuration = test.app.configuration
            livePath = configuration.databasePath
            let coordinator = try test.signedIn([.coordinator])
            let person = try test.refer("Robin")
            try coordinator.get("/people/\(person)/contacts/new")
            let confirmed = Locked<[String]>([])
            let started = Locked(false)
            let writer = Thread {
                for index in 0..<120 {
                    let note = "Drill contact \(index)"
                    let fields = [("contact_on", "2026-02-03"), ("kind", "phone"), ("category", "health"), ("note", note)]
                    if (try? coordinator.post("/people/\(person)/contacts", fields).status) == 303 {
                        confirmed.update { $0.append(note) }
                    }
                    if index == 30 { started.update { $0 = true } }
                }
                confirmed.update { $0.append("done") }
            }
            writer.start()
            while !started.value { usleep(1_000) }
            confirmedBeforeBackup = Set(confirmed.value)
            try test.app.backup(to: duringWrites)
            while confirmed.value.last != "done" { usleep(2_000) }
            confirmedInAll = Set(confirmed.value.dropLast())
            #expect(confirmedInAll.count == 120)
            try test.app.backup(to: afterWrites)
            liveDump = (try DatabaseDump(path: livePath), try DatabaseDump(path: pair(livePath)[1]))
        }
        // The TestApp is gone: its connections are closed and its folder (the live files) wiped.
        #expect(!FileManager.default.fileExists(atPath: livePath))

        for (backup, expectAll) in [(afterWrites, true), (duringWrites, false)] {
            try FileManager.default.createDirectory(
                atPath: (livePath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: (livePath as NSString).deletingLastPathComponent) }
            for (from, to) in zip(pair(backup), pair(livePath)) {
                try FileManager.default.copyItem(atPath: from, toPath: to)
            }
            let restored = try Application(configuration: configuration)
            #expect(restored.appliedMigrations.isEmpty)
            #expect(try restored.services.pool.integrityCheck())
            #expect(try restored.services.accessLog.pool.integrityCheck())
            let notes: [String] = try restored.services.pool.read { db in
                try db.query("SELECT note FROM contacts").map { try $0.get("note") }
            }
            #expect(try DatabaseDump(path: livePath) == DatabaseDump(path: backup))
            if expectAll {
                #expect(try DatabaseDump(path: livePath) == liveDump.main)
                #expect(try DatabaseDump(path: pair(livePath)[1]) == liveDump.log)
                #expect(Set(notes) == confirmedInAll)
            } else {
                #expect(confirmedBeforeBackup.isSubset(of: Set(notes)))
                #expect(Set(notes).isSubset(of: confirmedInAll))
            }
        }
    }
}
