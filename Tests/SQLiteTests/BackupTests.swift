import Dispatch
import Foundation
import SQLite
import Synchronization
import Testing

@testable import SQLite

@Suite struct BackupTests {
    private static let payload = [UInt8](repeating: 0xAB, count: 400)

    @Test func aBackupTakenWhileWritingIsConsistentAndComplete() throws {
        try DatabasePool.withTemporary { pool, folder in
            try pool.write { db in
                try db.execute("CREATE TABLE entry (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)")
                for _ in 0..<2000 {
                    try db.execute("INSERT INTO entry (payload) VALUES (?)", Self.payload)
                }
            }
            let stop = Atomic(false)
            let writes = Atomic(0)
            let writerDone = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                while !stop.load(ordering: .relaxed) {
                    try? pool.write { try $0.execute("INSERT INTO entry (payload) VALUES (?)", Self.payload) }
                    writes.add(1, ordering: .relaxed)
                }
                writerDone.signal()
            }
            while writes.load(ordering: .relaxed) < 5 { usleep(1000) }
            let committedBefore = try pool.read { try $0.scalar("SELECT count(*) FROM entry") as Int? } ?? 0
            let backupPath = folder + "/backups/copy.sqlite"
            try FileManager.default.createDirectory(atPath: folder + "/backups", withIntermediateDirectories: true)
            try pool.backup(to: backupPath, pagesPerStep: 16)
            stop.store(true, ordering: .relaxed)
            #expect(writerDone.wait(timeout: .now() + 10) == .success)
            #expect(writes.load(ordering: .relaxed) > 5)

            let copy = try Database(path: backupPath, readOnly: true)
            #expect(try copy.integrityCheck())
            let count: Int = try copy.scalar("SELECT count(*) FROM entry") ?? 0
            #expect(count >= committedBefore)
            #expect(try copy.scalar("SELECT max(id) FROM entry") as Int? == count)
            #expect(!FileManager.default.fileExists(atPath: backupPath + ".partial"))
        }
    }

    @Test func aSingleConnectionBacksUpToAFileThatOpens() throws {
        try withTemporaryDirectory { folder in
            let db = try Database(path: folder + "/source.sqlite")
            try db.execute("CREATE TABLE t (x)")
            try db.execute("INSERT INTO t VALUES (?)", "row")
            try db.backup(to: folder + "/copy.sqlite")
            let copy = try Database(path: folder + "/copy.sqlite")
            #expect(try copy.scalar("SELECT x FROM t") as String? == "row")
            #expect(try copy.integrityCheck())
        }
    }

    @Test func aBackupInsideAWriteIsRefused() throws {
        try DatabasePool.withTemporary { pool, folder in
            let error = #expect(throws: SQLiteError.self) {
                try pool.write { _ in try pool.backup(to: folder + "/copy.sqlite") }
            }
            #expect(error?.code == 21)
        }
    }

    @Test func aBackupReplacesAnOlderFile() throws {
        try DatabasePool.withTemporary { pool, folder in
            try pool.write { try $0.execute("CREATE TABLE t (x)") }
            try pool.backup(to: folder + "/copy.sqlite")
            try pool.write { try $0.execute("INSERT INTO t VALUES (1)") }
            try pool.backup(to: folder + "/copy.sqlite")
            let copy = try Database(path: folder + "/copy.sqlite", readOnly: true)
            #expect(try copy.scalar("SELECT count(*) FROM t") as Int? == 1)
        }
    }
}
