import SQLite

/// Every row of every table of a database file, for comparing a restored copy with the original.
struct DatabaseDump: Equatable {
    /// Rows by table name, each table in rowid order.
    let tables: [String: [[SQLValue]]]

    /// Reads every table of the database at `path` (opened read-only).
    init(path: String) throws {
        let db = try Database(path: path, readOnly: true)
        var tables: [String: [[SQLValue]]] = [:]
        let names: [String] = try db.query(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).map { try $0.get("name") }
        for name in names {
            let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            let withoutRowID = try db.scalar(
                "SELECT count(*) FROM sqlite_schema WHERE name = ? AND sql LIKE '%WITHOUT ROWID%'", name) ?? 0 > 0
            tables[name] = try db.query("SELECT * FROM \(quoted)" + (withoutRowID ? " ORDER BY 1" : " ORDER BY rowid")).map(\.values)
        }
        self.tables = tables
    }

    /// How many rows `table` holds.
    func count(_ table: String) -> Int { tables[table]?.count ?? 0 }
}
