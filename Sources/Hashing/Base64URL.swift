/// The URL- and filename-safe Base64 alphabet without padding (RFC 4648 §5, §3.2).
///
/// Decoding is strict so that every byte string has exactly one accepted text form: padding,
/// the standard alphabet's `+` and `/`, whitespace, an impossible length (4n + 1) and non-zero
/// leftover bits in the last character are all rejected.
public enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// The unpadded base64url form of `bytes`.
    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        let input = Array(bytes)
        var characters = [UInt8]()
        characters.reserveCapacity((input.count * 4 + 2) / 3)
        var index = 0
        while index < input.count {
            let remaining = input.count - index
            let first = UInt32(input[index])
            let second = remaining > 1 ? UInt32(input[index + 1]) : 0
            let third = remaining > 2 ? UInt32(input[index + 2]) : 0
            let group = first << 16 | second << 8 | third
            let outputCount = min(remaining, 3) + 1
            for position in 0..<outputCount {
                characters.append(alphabet[Int((group >> UInt32(18 - 6 * position)) & 0x3f)])
            }
            index += 3
        }
        return String(decoding: characters, as: UTF8.self)
    }

    /// The bytes written in `string`, or `nil` if it is not canonical unpadded base64url.
    public static func decode(_ string: String) -> [UInt8]? {
        let characters = Array(string.utf8)
        guard characters.count % 4 != 1 else { return nil }
        var bytes = [UInt8]()
        bytes.reserveCapacity(characters.count * 3 / 4)
        var index = 0
        while index < characters.count {
            let groupCount = min(4, characters.count - index)
            var group: UInt32 = 0
            for position in 0..<4 {
                var sextet: UInt8 = 0
                if position < groupCount {
                    guard let value = value(of: characters[index + position]) else { return nil }
                    sextet = value
                }
                group = group << 6 | UInt32(sextet)
            }
            let byteCount = groupCount - 1
            let unusedBits = UInt32(8 * (3 - byteCount))
            guard group & ((1 << unusedBits) - 1) == 0 else { return nil }
            for position in 0..<byteCount {
                bytes.append(UInt8(truncatingIfNeeded: group >> UInt32(16 - 8 * position)))
            }
            index += 4
        }
        return bytes
    }

    private static func value(of character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): character - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): character - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0") + 52
        case UInt8(ascii: "-"): 62
        case UInt8(ascii: "_"): 63
        default: nil
        }
    }
}
