import Dispatch
import Foundation
import SQLite
import Testing

/// `DatabasePool.readSideBySide`: two readers, one snapshot, and a plain read when it cannot
/// have both.
@Suite struct DatabasePoolSideBySideTests {
    private static func count(_ db: Database) throws -> Int64 {
        try db.scalar("SELECT count(*) FROM t") ?? -1
    }

    @Test func readsOnTwoConnectionsAndReturnsBothAnswers() throws {
        try DatabasePool.withTemporary(readers: 2) { pool, _ in
            try pool.write { db in
                try db.execute("CREATE TABLE t (x)")
                try db.execute("INSERT INTO t VALUES (1), (2), (3)")
            }
            let (first, second) = try pool.readSideBySide(
                { db in (ObjectIdentifier(db), try Self.count(db)) }, { db in (ObjectIdentifier(db), try db.scalar("SELECT sum(x) FROM t") as Int64?) })
            #expect(first.1 == 3)
            #expect(second.1 == 6)
            #expect(first.0 != second.0, "each half has its own reader")
        }
    }

    /// The first half commits a row through another connection and only then lets the second
    /// half start reading: the second half still sees the database as it was when both began.
    @Test func bothHalvesSeeTheSnapshotTakenBeforeEitherRan() throws {
        try DatabasePool.withTemporary(readers: 2) { pool, folder in
            try pool.write { db in
                try db.execute("CREATE TABLE t (x)")
                try db.execute("INSERT INTO t VALUES (1)")
            }
            let elsewhere = try Database(path: folder + "/app.sqlite")
            let written = DispatchSemaphore(value: 0)
            let (first, second) = try pool.readSideBySide(
                { db in
                    try elsewhere.execute("INSERT INTO t VALUES (2)")
                    written.signal()
                    return try Self.count(db)
                },
                { db in
                    _ = written.wait(timeout: .now() + 5)
                    return try Self.count(db)
                })
            #expect(first == 1)
            #expect(second == 1, "the row committed after both snapshots began is not seen")
            #expect(try pool.read(Self.count) == 2)
        }
    }

    /// While another connection holds the write lock the snapshots cannot be taken together,
    /// so both halves run on one reader, with the same answer.
    @Test func readsOneAfterTheOtherWhileAnotherConnectionIsWriting() throws {
        try DatabasePool.withTemporary(readers: 2) { pool, folder in
            try pool.write { db in
                try db.execute("CREATE TABLE t (x)")
                try db.execute("INSERT INTO t VALUES (1)")
            }
            let elsewhere = try Database(path: folder + "/app.sqlite")
            try elsewhere.execute("BEGIN IMMEDIATE")
            try elsewhere.execute("INSERT INTO t VALUES (2)")
            let (first, second) = try pool.readSideBySide(
                lockWait: 10, { db in (ObjectIdentifier(db), try Self.count(db)) }, { db in (ObjectIdentifier(db), try Self.count(db)) })
            try elsewhere.execute("ROLLBACK")
            #expect(first.1 == 1 && second.1 == 1)
            #expect(first.0 == second.0, "one reader read both halves")
        }
    }

    @Test func aPoolWithOneReaderReadsBothHalvesOnIt() throws {
        try DatabasePool.withTemporary(readers: 1) { pool, _ in
            try pool.write { try $0.execute("CREATE TABLE t (x)") }
            let (first, second) = try pool.readSideBySide({ db in ObjectIdentifier(db) }, { db in ObjectIdentifier(db) })
            #expect(first == second)
        }
    }

    @Test func anErrorInEitherHalfIsThrownAndTheReadersComeBack() throws {
        try DatabasePool.withTemporary(readers: 2) { pool, _ in
            try pool.write { try $0.execute("CREATE TABLE t (x)") }
            #expect(throws: SQLiteError.self) {
                _ = try pool.readSideBySide({ db in try Self.count(db) }, { db in try db.scalar("SELECT nope FROM t") as Int64? })
            }
            #expect(throws: SQLiteError.self) {
                _ = try pool.readSideBySide({ db in try db.scalar("SELECT nope FROM t") as Int64? }, { db in try Self.count(db) })
            }
            let (first, second) = try pool.readSideBySide(Self.count, Self.count)
            #expect(first == 0 && second == 0, "both readers were given back, out of their transactions")
        }
    }
}
