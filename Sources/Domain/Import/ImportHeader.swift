/// An import file's header row: which column each position holds. Names are compared
/// trimmed and in lower case; any order is fine, but every required column must be there,
/// none twice, and none the kind does not have (REPORTS.md: "extra columns are an error").
struct ImportHeader {
    /// The column names in the file's order.
    let names: [String]
    /// Each name's position.
    let positions: [String: Int]

    /// The header in `record`, or nil with a message per problem, all on the header's line.
    static func read(_ record: CSVRecord, kind: ImportKind, file: String) -> (ImportHeader?, [ImportError]) {
        let names = names(in: record)
        let allowed = Set(kind.allColumns)
        var positions: [String: Int] = [:]
        var errors: [ImportError] = []
        func fail(_ column: String, _ reason: String) {
            errors.append(ImportError(file: file, line: record.line, column: column, reason: reason))
        }
        for (index, name) in names.enumerated() {
            if name.isEmpty {
                fail("column \(index + 1)", "The header has an empty name here: name the column or remove it.")
            } else if !allowed.contains(name) {
                fail(name, "There is no such column in \(kind.rawValue) files (extra columns are an error).")
            } else if positions[name] != nil {
                fail(name, "The column appears more than once in the header.")
            } else {
                positions[name] = index
            }
        }
        for name in kind.requiredColumns where positions[name] == nil {
            fail(name, "This column is required in \(kind.rawValue) files, but the header does not name it.")
        }
        return errors.isEmpty ? (ImportHeader(names: names, positions: positions), []) : (nil, errors)
    }

    /// The header's names as compared: trimmed, in lower case.
    static func names(in record: CSVRecord) -> [String] {
        record.fields.map { $0.trimmingWhitespace().lowercased() }
    }

    /// The name for the `field`th cell (1-based) of a row: the column's, or `column N` past the header.
    func column(_ field: Int) -> String { field <= names.count ? names[field - 1] : "column \(field)" }
}
