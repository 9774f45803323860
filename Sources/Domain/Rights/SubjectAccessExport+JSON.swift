extension SubjectAccessExport {
    /// The export as a JSON document: the header fields, then `sections`, an array of
    /// `{key, title, note, items}` where each item is an object of its fields in order.
    /// Written by hand so that field order is kept and nothing but strings, numbers, booleans
    /// and null ever appear (RFC 8259).
    public func json() -> String {
        var out = "{\n"
        out += "  \"reference\": \(Self.quoted(reference)),\n"
        out += "  \"produced_at\": \(Self.quoted(producedAt)),\n"
        out += "  \"produced_by\": \(Self.quoted(producedBy)),\n"
        out += "  \"reason\": \(Self.quoted(reason)),\n"
        out += "  \"sections\": ["
        out += sections.map { section in
            let items = section.items.map { item in
                "{" + item.fields.map { "\(Self.quoted($0.name)): \(Self.literal($0.value))" }.joined(separator: ", ") + "}"
            }
            return "\n    {\"key\": \(Self.quoted(section.key)), \"title\": \(Self.quoted(section.title)), "
                + "\"note\": \(section.note.map(Self.quoted) ?? "null"), \"items\": ["
                + (items.isEmpty ? "" : "\n      " + items.joined(separator: ",\n      ") + "\n    ")
                + "]}"
        }.joined(separator: ",")
        out += "\n  ]\n}\n"
        return out
    }

    /// A value as a JSON literal.
    static func literal(_ value: Value) -> String {
        switch value {
        case .text(let text): quoted(text)
        case .number(let number): String(number)
        case .flag(let flag): flag ? "true" : "false"
        case .missing: "null"
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
