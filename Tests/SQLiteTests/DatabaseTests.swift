import SQLite
import Testing

@testable import SQLite

@Suite struct DatabaseTests {
    @Test func reusesThePreparedStatementForTheSameSQL() throws {
        let db = try Database.withItems()
        let first = try db.cachedStatement("INSERT INTO item (value) VALUES (?)")
        for value in 1...3 {
            try db.execute("INSERT INTO item (value) VALUES (?)", value)
        }
        #expect(try db.cachedStatement("INSERT INTO item (value) VALUES (?)") === first)
        #expect(try db.cachedStatement("SELECT 1") !== first)
        #expect(try db.scalar("SELECT sum(value) FROM item") as Int? == 6)
    }

    @Test func theSameStatementCanRunInsideItsOwnLoop() throws {
        let db = try Database.withItems()
        try db.executeScript("INSERT INTO item (value) VALUES (1); INSERT INTO item (value) VALUES (2);")
        var pairs: [[Int]] = []
        try db.forEachRow("SELECT value FROM item ORDER BY value") { outer in
            try db.forEachRow("SELECT value FROM item ORDER BY value") { inner in
                pairs.append([try outer.get("value"), try inner.get("value")])
            }
        }
        #expect(pairs == [[1, 1], [1, 2], [2, 1], [2, 2]])
    }

    @Test func reportsInsertedRowIDAndChanges() throws {
        let db = try Database.withItems()
        try db.execute("INSERT INTO item (name) VALUES (?)", "a")
        #expect(db.lastInsertRowID == 1)
        try db.execute("INSERT INTO item (name) VALUES (?)", "b")
        #expect(db.lastInsertRowID == 2)
        try db.execute("UPDATE item SET value = ?", 5)
        #expect(db.changes == 2)
    }

    @Test func queriesReturnRowsOneRowOrNothing() throws {
        let db = try Database.withItems()
        #expect(try db.queryOne("SELECT * FROM item") == nil)
        #expect(try db.scalar("SELECT name FROM item") as String? == nil)
        try db.execute("INSERT INTO item (name, value) VALUES (?, ?), (?, ?)", "a", 1, "b", 2)
        let rows = try db.query("SELECT name, value FROM item WHERE value > ? ORDER BY id", 0)
        #expect(rows.map(\.columnNames) == [["name", "value"], ["name", "value"]])
        #expect(try rows.map { try $0.get("name") as String } == ["a", "b"])
    }

    @Test func scriptErrorNamesTheFailingStatement() throws {
        let db = try Database.inMemory()
        let error = #expect(throws: SQLiteError.self) {
            try db.executeScript("CREATE TABLE a (x); INSERT INTO missing VALUES (1); CREATE TABLE b (x);")
        }
        #expect(error?.sql == "INSERT INTO missing VALUES (1);")
        #expect(error?.message == "no such table: missing")
    }

    @Test func scriptsMayHoldCommentsTriggersAndEmptyStatements() throws {
        let db = try Database.inMemory()
        try db.executeScript(
            """
            -- leading comment
            CREATE TABLE a (x); ;
            CREATE TRIGGER a_copy AFTER INSERT ON a BEGIN INSERT INTO a_log VALUES (new.x); END;
            CREATE TABLE a_log (x);
            INSERT INTO a VALUES ('semi;colon');
            -- trailing comment
            """
        )
        #expect(try db.scalar("SELECT x FROM a_log") as String? == "semi;colon")
    }

    @Test func integrityCheckPassesOnAHealthyDatabase() throws {
        let db = try Database.withItems()
        #expect(try db.integrityCheck())
    }
}
