/// The one HTML escaping used by `{{ }}`: safe in element text and in quoted attributes.
///
/// Escapes `& < > " ' ` =` (the OWASP set for attribute values plus the backtick and
/// equals sign old browsers treated as attribute delimiters). Text with none of them,
/// the common case, is appended whole after a single scan over its UTF-8 bytes.
public enum HTMLEscaping {
    /// Returns `text` with every special character replaced by its entity.
    public static func escape(_ text: String) -> String {
        var output = ""
        append(text, to: &output)
        return output
    }

    /// Appends `text`, escaped, to `output`.
    static func append(_ text: String, to output: inout String) {
        let needsEscaping =
            text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isSpecial) }
            ?? text.utf8.contains(where: isSpecial)
        guard needsEscaping else {
            output.append(text)
            return
        }
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let next = utf8.index(after: index)
            if let entity = entity(for: utf8[index]) {
                output.append(contentsOf: text[runStart..<index])
                output.append(entity)
                runStart = next
            }
            index = next
        }
        output.append(contentsOf: text[runStart...])
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
            UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "="):
            true
        default: false
        }
    }

    private static func entity(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        case UInt8(ascii: "`"): "&#96;"
        case UInt8(ascii: "="): "&#61;"
        default: nil
        }
    }
}
