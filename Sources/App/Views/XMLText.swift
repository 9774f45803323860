/// Text made safe for SVG (XML) markup, shared by every picture and chart the app draws.
enum XMLText {
    /// Escapes the five XML special characters and drops control characters XML 1.0 forbids.
    static func escaped(_ text: String) -> String {
        var result = ""
        append(text, to: &result)
        return result
    }

    /// Appends `text`, escaped as `escaped(_:)` does, to `output`.
    ///
    /// Why a fast path: the pictures escape every attribute value, nearly all of them numbers
    /// and colours; text that is printable ASCII without a special character (one scan over
    /// its UTF-8 bytes) is appended whole instead of scalar by scalar.
    static func append(_ text: String, to output: inout String) {
        let plain = text.utf8.withContiguousStorageIfAvailable { !$0.contains(where: needsWork) }
            ?? !text.utf8.contains(where: needsWork)
        guard !plain else {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value >= 0x20, value != 0xFFFE, value != 0xFFFF {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
    }

    /// Whether a UTF-8 byte may need escaping or dropping: a special character, a control
    /// character, or part of a non-ASCII scalar (which the careful path checks).
    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: byte < 0x20 || byte >= 0x80
        }
    }
}
