/// Everything the app holds about one person, as a subject-access export (UK GDPR Article 15):
/// sections of items, each item a list of labelled fields in a fixed order. The same value
/// becomes the printable page and the JSON download, so the two can never disagree.
public struct SubjectAccessExport: Sendable, Equatable {
    /// The person's reference, `CF-0042`.
    public let reference: String
    /// When the export was produced (ISO 8601, UTC).
    public let producedAt: String
    /// Who produced it ("the command line" when no account did).
    public let producedBy: String
    /// Why it was produced, as logged.
    public let reason: String
    public var sections: [Section]

    public init(reference: String, producedAt: String, producedBy: String, reason: String, sections: [Section] = []) {
        self.reference = reference
        self.producedAt = producedAt
        self.producedBy = producedBy
        self.reason = reason
        self.sections = sections
    }

    /// One kind of information (the story, contacts, the access log…).
    public struct Section: Sendable, Equatable {
        /// A stable key for the JSON (`story`, `access_log`).
        public let key: String
        public let title: String
        /// What was withheld or how to read the section, when something needs saying.
        public let note: String?
        public let items: [Item]

        public init(key: String, title: String, note: String? = nil, items: [Item]) {
            self.key = key
            self.title = title
            self.note = note
            self.items = items
        }
    }

    /// One row of a section: a story version, a contact, a log entry.
    public struct Item: Sendable, Equatable {
        public let fields: [Field]

        public init(_ fields: [Field]) {
            self.fields = fields
        }

        /// The value of the field named `name`, if the item has one.
        public func value(_ name: String) -> Value? {
            fields.first { $0.name == name }?.value
        }
    }

    /// A labelled value: `name` for the JSON, `label` for people.
    public struct Field: Sendable, Equatable {
        public let name: String
        public let label: String
        public let value: Value

        public init(_ name: String, _ label: String, _ value: Value) {
            self.name = name
            self.label = label
            self.value = value
        }
    }

    /// A field's value; `missing` when nothing is recorded.
    public enum Value: Sendable, Equatable {
        case text(String)
        case number(Int)
        case flag(Bool)
        case missing

        /// The value as a person reads it.
        public var display: String {
            switch self {
            case .text(let text): text
            case .number(let number): String(number)
            case .flag(let flag): flag ? "yes" : "no"
            case .missing: "not recorded"
            }
        }

        /// `text` for a present string, `missing` for nil.
        public static func optional(_ text: String?) -> Value {
            text.map { .text($0) } ?? .missing
        }
    }

    /// The section with `key`, if present.
    public func section(_ key: String) -> Section? {
        sections.first { $0.key == key }
    }
}
