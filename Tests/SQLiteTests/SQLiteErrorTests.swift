import SQLite
import Testing

@Suite struct SQLiteErrorTests {
    @Test func uniqueViolationCarriesCodesAndMessageButNotTheValue() throws {
        let db = try Database.withItems()
        try db.execute("INSERT INTO item (name) VALUES (?)", "ada@example.org")
        let error = #expect(throws: SQLiteError.self) {
            try db.execute("INSERT INTO item (name) VALUES (?)", "ada@example.org")
        }
        let failure = try #require(error)
        #expect(failure.code == 19)
        #expect(failure.extendedCode == 2067)
        #expect(failure.isConstraintViolation && failure.isUniqueViolation && !failure.isBusy)
        #expect(failure.message == "UNIQUE constraint failed: item.name")
        #expect(failure.sql == "INSERT INTO item (name) VALUES (?)")
        #expect(!failure.description.contains("ada@example.org"))
        #expect(!String(reflecting: failure).contains("ada@example.org"))
    }

    @Test func foreignKeysAreEnforced() throws {
        let db = try Database.inMemory()
        try db.executeScript(
            """
            CREATE TABLE person (id INTEGER PRIMARY KEY);
            CREATE TABLE note (person_id INTEGER NOT NULL REFERENCES person (id));
            """)
        let error = #expect(throws: SQLiteError.self) { try db.execute("INSERT INTO note VALUES (?)", 7) }
        #expect(error?.isForeignKeyViolation == true)
    }

    @Test func syntaxErrorNamesTheStatement() throws {
        let db = try Database.inMemory()
        let error = #expect(throws: SQLiteError.self) { try db.execute("SELEKT 1") }
        #expect(error?.code == 1)
        #expect(error?.message.contains("syntax error") == true)
        #expect(error?.sql == "SELEKT 1")
    }

    @Test(arguments: [
        ("SELECT ?, ?", 1),
        ("SELECT 1", 1),
        ("SELECT ?", 2),
    ])
    func wrongArgumentCountIsARangeError(sql: String, count: Int) throws {
        let db = try Database.inMemory()
        let arguments: [(any SQLBindable)?] = Array(repeating: 1, count: count)
        let error = #expect(throws: SQLiteError.self) { try db.execute(sql, arguments: arguments) }
        #expect(error?.code == 25)
    }

    @Test func executeRefusesMoreThanOneStatement() throws {
        let db = try Database.inMemory()
        let error = #expect(throws: SQLiteError.self) { try db.execute("SELECT 1; SELECT 2") }
        #expect(error?.code == 21)
        try db.execute("SELECT 1;  ")
    }
}
