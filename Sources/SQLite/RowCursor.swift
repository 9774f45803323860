import CSQLite

/// The current row of a statement being stepped, read column by column without building a
/// `Row` (for reading hundreds of thousands of rows quickly, as the quarterly report does).
/// Valid only inside the `forEachCursor` closure that hands it out.
public struct RowCursor: ~Copyable {
    fileprivate let handle: OpaquePointer

    /// Whether the column is NULL.
    public func isNull(_ column: Int) -> Bool {
        sqlite3_column_type(handle, Int32(column)) == SQLITE_NULL
    }

    /// The column as an integer (0 for NULL).
    public func int(_ column: Int) -> Int {
        Int(sqlite3_column_int64(handle, Int32(column)))
    }

    /// The column as an integer, or nil for NULL.
    public func optionalInt(_ column: Int) -> Int? {
        isNull(column) ? nil : int(column)
    }

    /// The column as text, or nil for NULL.
    public func text(_ column: Int) -> String? {
        guard let bytes = sqlite3_column_text(handle, Int32(column)) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, Int32(column)))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}

extension Database {
    /// Steps through the rows of `sql`, handing each to `body` as a cursor; nothing is copied
    /// unless `body` reads it.
    public func forEachCursor(
        _ sql: String, _ arguments: (any SQLBindable)?..., body: (borrowing RowCursor) throws -> Void
    ) throws {
        try withStatement(sql, arguments) { statement in
            while try statement.step() {
                try body(RowCursor(handle: statement.cursorHandle))
            }
        }
    }
}
