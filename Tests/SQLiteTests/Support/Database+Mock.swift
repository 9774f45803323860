import SQLite

extension Database {
    /// An in-memory database with a table `item(id, name UNIQUE, value)` for round-trip tests.
    static func withItems() throws -> Database {
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT UNIQUE, value)")
        return db
    }
}

extension DatabasePool {
    /// Runs `body` with a pool on a file in a fresh temporary folder.
    @discardableResult
    static func withTemporary<T>(readers: Int = 2, _ body: (DatabasePool, String) throws -> T) throws -> T {
        try withTemporaryDirectory { folder in
            let pool = try DatabasePool(path: folder + "/app.sqlite", readers: readers)
            return try body(pool, folder)
        }
    }
}
