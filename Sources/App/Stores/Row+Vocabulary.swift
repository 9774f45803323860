import SQLite

/// A stored value that is not in its closed vocabulary: the database holds something the code
/// does not know, which must never be read as a default.
struct UnknownStoredValue: Error, CustomStringConvertible {
    let column: String
    let value: String

    var description: String { "the stored \(column) \"\(value.prefix(40))\" is not a value this version knows" }
}

extension Row {
    /// A column decoded into its closed vocabulary; an unknown value throws (loudly, never a default).
    func vocabulary<T: RawRepresentable>(_ column: String) throws -> T where T.RawValue == String {
        let text: String = try get(column)
        guard let value = T(rawValue: text) else { throw UnknownStoredValue(column: column, value: text) }
        return value
    }

    /// A nullable column decoded into its closed vocabulary; NULL is nil, an unknown value throws.
    func optionalVocabulary<T: RawRepresentable>(_ column: String) throws -> T? where T.RawValue == String {
        guard let text: String = try get(column) else { return nil }
        guard let value = T(rawValue: text) else { throw UnknownStoredValue(column: column, value: text) }
        return value
    }
}
