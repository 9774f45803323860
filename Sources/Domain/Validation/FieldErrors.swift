/// Messages about a form's fields, in the order the fields appear, for showing beside each field
/// and in the error summary at the top of the form.
public struct FieldErrors: Sendable, Equatable {
    /// One message about one field.
    public struct Entry: Sendable, Equatable {
        public let field: String
        public let message: String
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    public var isEmpty: Bool { entries.isEmpty }

    /// Adds a message for `field`, keeping only the first message per field.
    public mutating func add(_ field: String, _ message: String) {
        guard self[field] == nil else { return }
        entries.append(Entry(field: field, message: message))
    }

    /// Adds every message of `other`, in order (keeping the first per field).
    public mutating func add(_ other: FieldErrors) {
        for entry in other.entries { add(entry.field, entry.message) }
    }

    /// The message for `field`, if any.
    public subscript(field: String) -> String? {
        entries.first { $0.field == field }?.message
    }
}
