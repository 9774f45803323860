import Domain
import Foundation
import SQLite

/// SQL for the subject-access export: every table that holds something about one person, read
/// section by section into `SubjectAccessExport` items. A section is read only when the
/// request's `Readable` allows its categories (the subject-access door allows them all), so the
/// access log names what was opened.
enum SubjectAccessStore {
    /// One section: its key and title, the categories it holds, what to say about it, the SQL
    /// (one `?`, the person's id, unless `arguments` says otherwise) and the columns to show.
    struct Spec {
        let key: String
        let title: String
        let categories: [InformationCategory]
        var note: String?
        let sql: String
        let columns: [(name: String, label: String)]
    }

    /// The person's id for a reference typed as `CF-0042` (or `42`, `cf-42`).
    static func individualID(reference: String, _ db: Database) throws -> (id: Int64, ref: String)? {
        let typed = reference.trimmingCharacters(in: .whitespaces)
        var candidates = [typed]
        let digits = typed.uppercased().hasPrefix(PersonReference.prefix) ? String(typed.dropFirst(PersonReference.prefix.count)) : typed
        if !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) {
            candidates.append(PersonReference.format(number))
        }
        for candidate in candidates where !candidate.isEmpty {
            if let row = try db.queryOne("SELECT id, ref FROM individuals WHERE ref = ? COLLATE NOCASE", candidate) {
                return (try row.get("id"), try row.get("ref"))
            }
        }
        return nil
    }

    /// Every section held about the person, in the order the export shows them.
    static func sections(individualID: Int64, _ readable: Readable, _ db: Database) throws -> [SubjectAccessExport.Section] {
        var sections: [SubjectAccessExport.Section] = []
        for spec in specs() {
            guard spec.categories.allSatisfy({ readable.allows($0) }) else { continue }
            let arguments: [(any SQLBindable)?] = Array(repeating: individualID, count: spec.sql.filter { $0 == "?" }.count)
            let rows = try db.query(spec.sql, arguments: arguments)
            sections.append(SubjectAccessExport.Section(
                key: spec.key, title: spec.title, note: spec.note,
                items: rows.map { row in
                    SubjectAccessExport.Item(spec.columns.map { SubjectAccessExport.Field($0.name, $0.label, value(row[$0.name])) })
                }))
        }
        return sections
    }

    /// A stored value as the export shows it.
    static func value(_ stored: SQLValue) -> SubjectAccessExport.Value {
        switch stored {
        case .null: .missing
        case .integer(let number): .number(Int(number))
        case .real(let number): .text(String(number))
        case .text(let text): .text(text)
        case .blob: .text("(binary data)")
        }
    }
}
