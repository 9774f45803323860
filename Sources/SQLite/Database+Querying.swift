import CSQLite

/// Running statements: every method binds its arguments to `?` placeholders, in order.
extension Database {
    /// Runs one statement (INSERT, UPDATE, DDL…), discarding any rows.
    public func execute(_ sql: String, _ arguments: (any SQLBindable)?...) throws {
        try execute(sql, arguments: arguments)
    }

    /// Runs one statement with an array of arguments.
    public func execute(_ sql: String, arguments: [(any SQLBindable)?]) throws {
        try withStatement(sql, arguments) { statement in
            while try statement.step() {}
        }
    }

    /// Returns every row of a query.
    public func query(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> [Row] {
        try query(sql, arguments: arguments)
    }

    /// Returns every row of a query, with an array of arguments.
    public func query(_ sql: String, arguments: [(any SQLBindable)?]) throws -> [Row] {
        var rows: [Row] = []
        try forEachRow(sql, arguments: arguments) { rows.append($0) }
        return rows
    }

    /// Returns the first row of a query, or `nil` when there is none.
    public func queryOne(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> Row? {
        try queryOne(sql, arguments: arguments)
    }

    /// Returns the first row of a query, with an array of arguments.
    public func queryOne(_ sql: String, arguments: [(any SQLBindable)?]) throws -> Row? {
        try withStatement(sql, arguments) { statement in
            try statement.step() ? statement.row(columnNames: statement.columnNames()) : nil
        }
    }

    /// Returns the first column of the first row; `nil` when there is no row or the value is NULL.
    public func scalar<T: SQLReadable>(_ sql: String, _ arguments: (any SQLBindable)?...) throws -> T? {
        try scalar(sql, arguments: arguments)
    }

    /// Returns the first column of the first row, with an array of arguments.
    public func scalar<T: SQLReadable>(_ sql: String, arguments: [(any SQLBindable)?]) throws -> T? {
        guard let row = try queryOne(sql, arguments: arguments), !row.values.isEmpty else { return nil }
        return try row.get(0) as T?
    }

    /// Streams rows to `body` one at a time, without building an array (for large exports).
    public func forEachRow(
        _ sql: String,
        _ arguments: (any SQLBindable)?...,
        body: (Row) throws -> Void
    ) throws {
        try forEachRow(sql, arguments: arguments, body: body)
    }

    /// Streams rows to `body` one at a time, with an array of arguments.
    public func forEachRow(
        _ sql: String,
        arguments: [(any SQLBindable)?],
        body: (Row) throws -> Void
    ) throws {
        try withStatement(sql, arguments) { statement in
            let names = statement.columnNames()
            while try statement.step() {
                try body(statement.row(columnNames: names))
            }
        }
    }

    /// Runs several `;`-separated statements without arguments, such as a migration file.
    ///
    /// Statements are not cached. On failure the error names the statement that failed.
    public func executeScript(_ sql: String) throws {
        try sql.withCString { start in
            var cursor: UnsafePointer<CChar>? = start
            while let current = cursor, current.pointee != 0 {
                var prepared: OpaquePointer?
                let code = sqlite3_prepare_v2(handle, current, -1, &prepared, &cursor)
                guard code == SQLITE_OK else {
                    let failing = Self.firstStatement(of: String(cString: current))
                    throw SQLiteError(connection: handle, resultCode: code, sql: failing)
                }
                guard let prepared else {
                    if cursor == current { break }
                    continue
                }
                defer { sqlite3_finalize(prepared) }
                try stepToEnd(prepared)
            }
        }
    }

    private func stepToEnd(_ prepared: OpaquePointer) throws {
        var code = sqlite3_step(prepared)
        while code == SQLITE_ROW {
            code = sqlite3_step(prepared)
        }
        guard code == SQLITE_DONE else {
            let text = sqlite3_sql(prepared).map { String(cString: $0) }
            throw SQLiteError(connection: handle, resultCode: code, sql: text)
        }
    }

    /// The first complete statement of a script, found with `sqlite3_complete` so that `;` inside
    /// strings and trigger bodies do not cut it short; only used for error messages.
    private static func firstStatement(of script: String) -> String {
        let trimmed = script.drop { $0.isWhitespace }
        var end = trimmed.startIndex
        while let semicolon = trimmed[end...].firstIndex(of: ";") {
            end = trimmed.index(after: semicolon)
            if sqlite3_complete(String(trimmed[..<end])) != 0 {
                return String(trimmed[..<end])
            }
        }
        return String(trimmed)
    }
}
