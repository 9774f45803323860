import CSQLite

/// A failure reported by SQLite, or by this module in SQLite's terms (for example a column type mismatch).
///
/// It carries SQLite's message, result codes and the statement text, but never bound values:
/// those can be personal data, and errors end up in logs.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The primary result code (https://sqlite.org/rescode.html), e.g. 19 for a constraint violation.
    public let code: Int32
    /// The extended result code, e.g. 2067 for a UNIQUE violation.
    public let extendedCode: Int32
    /// SQLite's error message, or this module's when it raised the error.
    public let message: String
    /// The statement text with `?` placeholders, when the error belongs to a statement.
    public let sql: String?

    /// Creates an error; `code` is derived from the extended code.
    public init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.code = extendedCode & 0xFF
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// Reads the current error of a connection.
    init(connection: OpaquePointer?, resultCode: Int32, sql: String?) {
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? resultCode
        let sameFailure = extended & 0xFF == resultCode & 0xFF
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        self.init(
            extendedCode: sameFailure ? extended : resultCode,
            message: message ?? String(cString: sqlite3_errstr(resultCode)),
            sql: sql
        )
    }

    /// A column value that cannot be read as the requested Swift type (SQLITE_MISMATCH).
    static func mismatch(column: String, stored: SQLValue, expected: Any.Type, sql: String?) -> SQLiteError {
        SQLiteError(
            extendedCode: SQLITE_MISMATCH,
            message: "column \(column) holds \(stored.storageClass), which cannot be read as \(expected)",
            sql: sql
        )
    }

    /// A misuse of this module's API (SQLITE_MISUSE).
    static func misuse(_ message: String, sql: String?) -> SQLiteError {
        SQLiteError(extendedCode: SQLITE_MISUSE, message: message, sql: sql)
    }

    // Extended codes from sqlite3.h, whose shifted-macro form Swift does not import.
    private static let constraintForeignKey = SQLITE_CONSTRAINT | 3 << 8
    private static let constraintPrimaryKey = SQLITE_CONSTRAINT | 6 << 8
    private static let constraintUnique = SQLITE_CONSTRAINT | 8 << 8

    /// Any constraint failed: UNIQUE, NOT NULL, CHECK, FOREIGN KEY, PRIMARY KEY.
    public var isConstraintViolation: Bool { code == SQLITE_CONSTRAINT }
    /// A UNIQUE or PRIMARY KEY constraint failed (e.g. an e-mail address already taken).
    public var isUniqueViolation: Bool {
        extendedCode == Self.constraintUnique || extendedCode == Self.constraintPrimaryKey
    }
    /// A FOREIGN KEY constraint failed.
    public var isForeignKeyViolation: Bool { extendedCode == Self.constraintForeignKey }
    /// The database was busy or locked past the busy timeout.
    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
    /// A column could not be read as the requested type.
    public var isMismatch: Bool { code == SQLITE_MISMATCH }

    /// `SQLite error 19/2067: UNIQUE constraint failed: people.email (in: INSERT INTO people …)`.
    public var description: String {
        let statement = sql.map { " (in: \($0))" } ?? ""
        return "SQLite error \(code)/\(extendedCode): \(message)\(statement)"
    }
}
