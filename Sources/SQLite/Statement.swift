import CSQLite

/// A prepared statement: owns its `sqlite3_stmt` and finalizes it in `deinit`.
///
/// Like its `Database`, a statement is used by one thread at a time; `isInUse` lets the
/// statement cache hand out a fresh statement when the cached one is still being stepped.
final class Statement {
    /// The statement text with `?` placeholders; safe to put in errors.
    let sql: String
    /// Set while a caller is binding and stepping this statement.
    var isInUse = false
    private let handle: OpaquePointer
    private let connection: OpaquePointer

    /// Prepares exactly one statement; trailing text other than spaces and `;` is a misuse.
    init(connection: OpaquePointer, sql: String, persistent: Bool) throws {
        var prepared: OpaquePointer?
        var trailing = ""
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let resultCode = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v3(connection, text, -1, flags, &prepared, &tail)
            trailing = tail.map { String(cString: $0) } ?? ""
            return code
        }
        guard resultCode == SQLITE_OK else {
            throw SQLiteError(connection: connection, resultCode: resultCode, sql: sql)
        }
        guard let prepared else {
            throw SQLiteError.misuse("no statement in the SQL text", sql: sql)
        }
        guard trailing.allSatisfy({ $0.isWhitespace || $0 == ";" }) else {
            sqlite3_finalize(prepared)
            throw SQLiteError.misuse("more than one statement; use executeScript", sql: sql)
        }
        self.sql = sql
        self.handle = prepared
        self.connection = connection
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Binds positional arguments; their count must match the `?` placeholders.
    func bind(_ arguments: [(any SQLBindable)?]) throws {
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard expected == arguments.count else {
            throw SQLiteError(
                extendedCode: SQLITE_RANGE,
                message: "statement takes \(expected) arguments, \(arguments.count) given",
                sql: sql
            )
        }
        for (offset, argument) in arguments.enumerated() {
            let value = argument?.sqlValue ?? .null
            try check(bind(value, at: Int32(offset + 1)))
        }
    }

    private func bind(_ value: SQLValue, at index: Int32) -> Int32 {
        switch value {
        case .null:
            return sqlite3_bind_null(handle, index)
        case .integer(let integer):
            return sqlite3_bind_int64(handle, index, integer)
        case .real(let real):
            return sqlite3_bind_double(handle, index, real)
        case .text(let text):
            var text = text
            return text.withUTF8 { utf8 in
                guard let base = utf8.baseAddress else {
                    return sqlite3_bind_text(handle, index, "", 0, csqlite_transient())
                }
                return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                    sqlite3_bind_text(handle, index, $0, Int32(utf8.count), csqlite_transient())
                }
            }
        case .blob(let bytes):
            return bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return sqlite3_bind_zeroblob(handle, index, 0) }
                return sqlite3_bind_blob(handle, index, base, Int32(raw.count), csqlite_transient())
            }
        }
    }

    /// Advances to the next row: `true` when a row is ready, `false` when the statement is done.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw SQLiteError(connection: connection, resultCode: code, sql: sql)
        }
    }

    /// The result column names, in order.
    /// The statement's handle, for `RowCursor` (stays inside this module).
    var cursorHandle: OpaquePointer { handle }

    func columnNames() -> [String] {
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    /// The current row; call only after `step()` returned `true`.
    func row(columnNames: [String]) -> Row {
        let values = (0..<Int32(columnNames.count)).map(value(at:))
        return Row(columnNames: columnNames, values: values, sql: sql)
    }

    private func value(at column: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard let text = sqlite3_column_text(handle, column) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard let blob = sqlite3_column_blob(handle, column) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: blob, count: count)))
        default:
            return .null
        }
    }

    /// Makes the statement ready for its next use, dropping bound values.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    private func check(_ resultCode: Int32) throws {
        guard resultCode == SQLITE_OK else {
            throw SQLiteError(connection: connection, resultCode: resultCode, sql: sql)
        }
    }
}
