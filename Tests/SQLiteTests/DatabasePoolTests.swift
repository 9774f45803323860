import Dispatch
import Foundation
import SQLite
import Synchronization
import Testing

@Suite struct DatabasePoolTests {
    @Test func writerAndReadersUseWALForeignKeysAndFullSync() throws {
        try DatabasePool.withTemporary { pool, _ in
            for run in [pool.write, pool.read] as [((Database) throws -> [SQLValue]) throws -> [SQLValue]] {
                let settings = try run { db in
                    try ["journal_mode", "foreign_keys", "synchronous", "busy_timeout"].map { pragma in
                        try db.queryOne("PRAGMA \(pragma)")?[0] ?? .null
                    }
                }
                #expect(settings == [.text("wal"), .integer(1), .integer(2), .integer(5000)])
            }
        }
    }

    @Test func createsTheParentFolder() throws {
        try withTemporaryDirectory { folder in
            let path = folder + "/nested/deeper/app.sqlite"
            let pool = try DatabasePool(path: path, readers: 1)
            try pool.write { try $0.execute("CREATE TABLE t (x)") }
            #expect(FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func readersCannotWrite() throws {
        try DatabasePool.withTemporary { pool, _ in
            let error = #expect(throws: SQLiteError.self) {
                try pool.read { try $0.execute("CREATE TABLE t (x)") }
            }
            #expect(error?.code == 8)
        }
    }

    @Test func concurrentWritersAreSerialised() throws {
        try DatabasePool.withTemporary { pool, _ in
            try pool.write { try $0.execute("CREATE TABLE counter (n INTEGER NOT NULL)") }
            try pool.write { try $0.execute("INSERT INTO counter VALUES (0)") }
            let failures = Mutex(0)
            let group = DispatchGroup()
            for _ in 0..<8 {
                group.enter()
                Thread.detachNewThread {
                    defer { group.leave() }
                    for _ in 0..<100 {
                        do {
                            try pool.write { db in
                                let n: Int = try db.scalar("SELECT n FROM counter") ?? 0
                                try db.execute("UPDATE counter SET n = ?", n + 1)
                            }
                        } catch {
                            failures.withLock { $0 += 1 }
                        }
                    }
                }
            }
            #expect(group.wait(timeout: .now() + 60) == .success)
            #expect(failures.withLock { $0 } == 0)
            #expect(try pool.read { try $0.scalar("SELECT n FROM counter") as Int? } == 800)
        }
    }

    @Test func aReaderSeesTheLastCommitWhileAWriteIsOpen() throws {
        try DatabasePool.withTemporary { pool, _ in
            try pool.write { try $0.execute("CREATE TABLE t (x)") }
            let inserted = DispatchSemaphore(value: 0)
            let readDone = DispatchSemaphore(value: 0)
            let writeDone = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                try? pool.write { db in
                    try db.execute("INSERT INTO t VALUES (1)")
                    inserted.signal()
                    _ = readDone.wait(timeout: .now() + 10)
                }
                writeDone.signal()
            }
            #expect(inserted.wait(timeout: .now() + 10) == .success)
            let started = Date()
            let seen = try pool.read { try $0.scalar("SELECT count(*) FROM t") as Int? }
            let waited = Date().timeIntervalSince(started)
            readDone.signal()
            #expect(seen == 0)
            #expect(waited < 2)
            #expect(writeDone.wait(timeout: .now() + 10) == .success)
            #expect(try pool.read { try $0.scalar("SELECT count(*) FROM t") as Int? } == 1)
        }
    }

    @Test func aWriteRollsBackWhenItsBodyThrows() throws {
        try DatabasePool.withTemporary { pool, _ in
            try pool.write { try $0.execute("CREATE TABLE t (x UNIQUE)") }
            #expect(throws: SQLiteError.self) {
                try pool.write { db in
                    try db.execute("INSERT INTO t VALUES (?)", 1)
                    try db.execute("INSERT INTO t VALUES (?)", 1)
                }
            }
            #expect(try pool.read { try $0.scalar("SELECT count(*) FROM t") as Int? } == 0)
            #expect(try pool.integrityCheck())
        }
    }

    @Test func aNestedWriteJoinsTheOpenTransaction() throws {
        try DatabasePool.withTemporary { pool, _ in
            try pool.write { db in
                try db.execute("CREATE TABLE t (x)")
                try pool.write { try $0.execute("INSERT INTO t VALUES (1)") }
            }
            #expect(try pool.read { try $0.scalar("SELECT count(*) FROM t") as Int? } == 1)
        }
    }
}
