import SQLite
import Testing

@Suite struct TransactionTests {
    private struct Abort: Error {}

    @Test func commitsWhenTheBodyReturns() throws {
        let db = try Database.withItems()
        let id = try db.transaction {
            try db.execute("INSERT INTO item (name) VALUES (?)", "kept")
            return db.lastInsertRowID
        }
        #expect(id == 1)
        #expect(!db.isInTransaction)
        #expect(try db.scalar("SELECT count(*) FROM item") as Int? == 1)
    }

    @Test func rollsBackAndRethrowsWhenTheBodyThrows() throws {
        let db = try Database.withItems()
        #expect(throws: Abort.self) {
            try db.transaction {
                try db.execute("INSERT INTO item (name) VALUES (?)", "lost")
                throw Abort()
            }
        }
        #expect(!db.isInTransaction)
        #expect(try db.scalar("SELECT count(*) FROM item") as Int? == 0)
    }

    @Test func aFailedNestedTransactionKeepsTheOuterWork() throws {
        let db = try Database.withItems()
        try db.transaction {
            try db.execute("INSERT INTO item (name) VALUES (?)", "outer")
            #expect(throws: Abort.self) {
                try db.transaction {
                    try db.execute("INSERT INTO item (name) VALUES (?)", "inner")
                    throw Abort()
                }
            }
            try db.transaction {
                try db.execute("INSERT INTO item (name) VALUES (?)", "second inner")
            }
        }
        let names = try db.query("SELECT name FROM item ORDER BY id").map { try $0.get("name") as String }
        #expect(names == ["outer", "second inner"])
    }

    @Test func aConstraintFailureInsideRollsBackEverything() throws {
        let db = try Database.withItems()
        #expect(throws: SQLiteError.self) {
            try db.transaction {
                try db.execute("INSERT INTO item (name) VALUES (?)", "twice")
                try db.execute("INSERT INTO item (name) VALUES (?)", "twice")
            }
        }
        #expect(try db.scalar("SELECT count(*) FROM item") as Int? == 0)
    }
}
