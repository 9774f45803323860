/// One data row's cells by column name, trimmed, with the readers every kind shares. Each
/// problem is kept against its column's name, one per column, in the order read.
struct ImportCells {
    private let columns: [String: Int]
    private let fields: [String]
    let today: CalendarDate
    var errors = FieldErrors()

    init(columns: [String: Int], fields: [String], today: CalendarDate) {
        self.columns = columns
        self.fields = fields.map(Self.trimmed)
        self.today = today
    }

    /// `text` without surrounding whitespace, skipping the Unicode work when it plainly has none.
    private static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        let plain: Range<UInt8> = 0x21..<0x80
        return plain.contains(first) && plain.contains(last) ? text : text.trimmingWhitespace()
    }

    /// The trimmed cell, or nil when the file has no such column.
    func cell(_ column: String) -> String? { columns[column].map { fields[$0] } }

    /// The trimmed cell, empty when the file has no such column.
    subscript(_ column: String) -> String { cell(column) ?? "" }

    /// A text that must be present and at most `maximumLength` characters.
    mutating func text(_ column: String, maximumLength: Int) -> String {
        let value = self[column]
        if value.isEmpty { errors.add(column, "This cell cannot be empty.") }
        checkLength(value, column, maximumLength)
        return value
    }

    /// A text that may be empty (nil), at most `maximumLength` characters.
    mutating func optionalText(_ column: String, maximumLength: Int) -> String? {
        let value = self[column]
        checkLength(value, column, maximumLength)
        return value.isEmpty ? nil : value
    }

    /// A person's ref, `PersonReference.isWellFormed`.
    mutating func personRef(_ column: String) -> String {
        let value = self[column]
        if !PersonReference.isWellFormed(value) {
            errors.add(column, "Use the person's ref: 1 to 20 letters, digits and dashes, like CF-0042.")
        }
        return value
    }

    /// A trusted person's key or a barrier's ref; optional keys may be empty (nil).
    mutating func key(_ column: String, required: Bool = true) -> String? {
        let value = self[column]
        if value.isEmpty, !required { return nil }
        if !ImportValues.isWellFormedKey(value) {
            errors.add(column, "Use a key of 1 to \(ImportValues.maximumKeyLength) characters.")
        }
        return value
    }

    /// A `YYYY-MM-DD` date, not after today; nil when empty (an error if `required`) or wrong.
    mutating func date(_ column: String, required: Bool = false) -> CalendarDate? {
        required
            ? DateRules.required(self[column], field: column, today: today, iso: true, into: &errors)
            : DateRules.optional(self[column], field: column, today: today, iso: true, into: &errors)
    }

    /// A yes/no cell, which must be filled in.
    mutating func yesNo(_ column: String) -> Bool {
        let value = self[column]
        guard let answer = ImportValues.yesNo(value) else {
            let forms = "yes or no (or y/n, true/false, 1/0)"
            errors.add(column, value.isEmpty ? "Enter \(forms)." : "Use \(forms), not \"\(value)\".")
            return false
        }
        return answer
    }

    /// One of a vocabulary's slugs; nil when empty (an error if `required`) or not a slug.
    mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ column: String, as type: Value.Type, required: Bool = true
    ) -> Value? where Value.RawValue == String {
        let value = self[column]
        if value.isEmpty, !required { return nil }
        if let choice = Value(rawValue: value) { return choice }
        let slugs = Value.allCases.map(\.rawValue).joined(separator: ", ")
        errors.add(column, value.isEmpty ? "Use one of: \(slugs)." : "Use one of: \(slugs); not \"\(value)\".")
        return nil
    }

    /// Adds `message` against `column` when `date` is before `earliest` (both known).
    mutating func checkOrder(
        _ date: CalendarDate?, _ column: String, notBefore earliest: CalendarDate?, _ message: String
    ) { if let date, let earliest, date < earliest { errors.add(column, message) } }

    /// Copies messages from a Domain rule that reads fields by the same names.
    mutating func add(_ other: FieldErrors) { for entry in other.entries { errors.add(entry.field, entry.message) } }

    private mutating func checkLength(_ value: String, _ column: String, _ maximumLength: Int) {
        if value.count > maximumLength { errors.add(column, "Use \(maximumLength) characters or fewer.") }
    }
}
