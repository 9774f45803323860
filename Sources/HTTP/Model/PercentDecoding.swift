/// Percent-decoding for paths (RFC 3986 §2.1) and forms (WHATWG urlencoded: '+' is space).
enum PercentDecoding {
    /// Decodes a form component: '+' → space, `%XX` → byte, invalid escapes kept as-is.
    static func decodeForm(_ bytes: some Collection<UInt8>) -> String {
        decode(bytes, plusIsSpace: true, strict: false) ?? ""
    }

    /// Decodes a path; nil when an escape is invalid or decodes to NUL.
    static func decodePath(_ path: Substring) -> String? {
        guard path.utf8.contains(UInt8(ascii: "%")) else { return String(path) }
        return decode(path.utf8, plusIsSpace: false, strict: true)
    }

    private static func decode(
        _ bytes: some Collection<UInt8>, plusIsSpace: Bool, strict: Bool
    ) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                let first = bytes.index(after: index)
                if first != bytes.endIndex, bytes.index(after: first) != bytes.endIndex,
                    let high = hexValue(bytes[first]),
                    let low = hexValue(bytes[bytes.index(after: first)])
                {
                    let decoded = high << 4 | low
                    if strict && decoded == 0 { return nil }
                    output.append(decoded)
                    index = bytes.index(first, offsetBy: 2)
                    continue
                }
                if strict { return nil }
                output.append(byte)
            } else if plusIsSpace && byte == UInt8(ascii: "+") {
                output.append(UInt8(ascii: " "))
            } else {
                output.append(byte)
            }
            index = bytes.index(after: index)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The value of one hexadecimal digit.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
