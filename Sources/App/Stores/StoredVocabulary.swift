import SQLite

/// Reads a stored vocabulary value loudly: an unknown stored value is an error (SQLite's
/// "datatype mismatch"), never a silent default.
enum StoredVocabulary {
    static let mismatchCode: Int32 = 20

    static func decode<Value: RawRepresentable>(_ type: Value.Type, _ text: String, column: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: text) else {
            throw SQLiteError(extendedCode: mismatchCode, message: "unknown stored value in \(column)")
        }
        return value
    }
}
