import CSQLite

/// One result row, detached from its statement so it can outlive it and cross threads.
public struct Row: Sendable {
    /// Column names in result order, as SQLite reports them (the `AS` alias when given).
    public let columnNames: [String]
    /// Values in result order.
    public let values: [SQLValue]
    /// The statement that produced the row, for error messages.
    let sql: String?

    /// Creates a row; tests and stores may build rows by hand.
    public init(columnNames: [String], values: [SQLValue]) {
        self.init(columnNames: columnNames, values: values, sql: nil)
    }

    init(columnNames: [String], values: [SQLValue], sql: String?) {
        precondition(columnNames.count == values.count, "a row needs one name per value")
        self.columnNames = columnNames
        self.values = values
        self.sql = sql
    }

    /// The value of the named column (matched like SQLite, ignoring ASCII case), or NULL if there is none.
    public subscript(_ column: String) -> SQLValue {
        index(of: column).map { values[$0] } ?? .null
    }

    /// The value at a zero-based column index, or NULL past the end.
    public subscript(_ index: Int) -> SQLValue {
        values.indices.contains(index) ? values[index] : .null
    }

    /// Reads the named column as `T`; ask for an optional type (`String?`) to accept NULL.
    ///
    /// Throws a `SQLiteError` (SQLITE_MISMATCH) when the stored value does not fit `T`,
    /// including NULL for a non-optional `T`, and SQLITE_RANGE when there is no such column.
    public func get<T: SQLReadable>(_ column: String) throws -> T {
        guard let index = index(of: column) else {
            throw SQLiteError(extendedCode: SQLITE_RANGE, message: "no column named \(column)", sql: sql)
        }
        return try read(at: index, as: T.self, named: column)
    }

    /// Reads the column at a zero-based index as `T`; see `get(_:)` for the rules.
    public func get<T: SQLReadable>(_ index: Int) throws -> T {
        guard values.indices.contains(index) else {
            throw SQLiteError(extendedCode: SQLITE_RANGE, message: "no column at index \(index)", sql: sql)
        }
        return try read(at: index, as: T.self, named: columnNames[index])
    }

    private func read<T: SQLReadable>(at index: Int, as type: T.Type, named name: String) throws -> T {
        guard let value = T(sqlValue: values[index]) else {
            throw SQLiteError.mismatch(column: name, stored: values[index], expected: T.self, sql: sql)
        }
        return value
    }

    private func index(of column: String) -> Int? {
        columnNames.firstIndex(of: column)
            ?? columnNames.firstIndex { $0.lowercased() == column.lowercased() }
    }
}
