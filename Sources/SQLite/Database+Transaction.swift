/// Transactions as closures: returning commits, throwing rolls back and rethrows the same error.
extension Database {
    /// Runs `body` in a transaction: BEGIN IMMEDIATE … COMMIT, or ROLLBACK when `body` throws.
    ///
    /// Called while a transaction is already open (including inside `DatabasePool.write`), it
    /// uses a savepoint instead, so a failing inner block is undone while the outer work stays.
    /// IMMEDIATE takes the write lock up front, so a transaction never fails half-way with SQLITE_BUSY
    /// when it upgrades from reading to writing (https://sqlite.org/lang_transaction.html).
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        if isInTransaction {
            return try savepoint(body)
        }
        return try enclose(begin: "BEGIN IMMEDIATE", body)
    }

    /// Runs `body` in a deferred transaction, so every read in it sees one snapshot of the database.
    func readTransaction<T>(_ body: () throws -> T) throws -> T {
        if isInTransaction {
            return try body()
        }
        return try enclose(begin: "BEGIN DEFERRED", body)
    }

    private func enclose<T>(begin: String, _ body: () throws -> T) throws -> T {
        try execute(begin)
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if isInTransaction {
                try? execute("ROLLBACK")
            }
            throw error
        }
    }

    private func savepoint<T>(_ body: () throws -> T) throws -> T {
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        let name = "savepoint_\(savepointDepth)"
        try execute("SAVEPOINT \(name)")
        do {
            let result = try body()
            try execute("RELEASE \(name)")
            return result
        } catch {
            if isInTransaction {
                try? execute("ROLLBACK TO \(name)")
                try? execute("RELEASE \(name)")
            }
            throw error
        }
    }
}
