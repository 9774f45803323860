import Glibc

/// Validation of the Host field value (RFC 9110 §7.2: `Host = uri-host [ ":" port ]`).
///
/// Why: RFC 9112 §3.2 requires a 400 for a request whose Host field value is invalid, and a
/// value such as `a b/c` must not reach the app, which builds links and compares origins with
/// it. The grammar is RFC 3986 §3.2.2–3.2.3: `host = IP-literal / IPv4address / reg-name`,
/// `reg-name = *( unreserved / pct-encoded / sub-delims )` (IPv4 addresses are reg-names as far
/// as the characters go), `IP-literal = "[" ( IPv6address / IPvFuture ) "]"`, `port = *DIGIT`.
/// An empty value is valid: RFC 9112 §3.2 tells clients without an authority to send one.
enum HostField {
    /// Whether `value` is `uri-host [ ":" port ]`.
    static func isValid(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        var hostEnd = bytes.count
        if bytes.first == UInt8(ascii: "[") {
            guard let close = bytes.firstIndex(of: UInt8(ascii: "]")),
                isIPLiteral(bytes[1..<close])
            else { return false }
            hostEnd = close + 1
        } else {
            hostEnd = bytes.firstIndex(of: UInt8(ascii: ":")) ?? bytes.count
            guard isRegName(bytes[0..<hostEnd]) else { return false }
        }
        let rest = bytes[hostEnd...]
        guard let colon = rest.first else { return true }
        return colon == UInt8(ascii: ":") && rest.dropFirst().allSatisfy(isDigit)
    }

    /// `*( unreserved / pct-encoded / sub-delims )`.
    private static func isRegName(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex,
                    PercentDecoding.hexValue(bytes[index + 1]) != nil,
                    PercentDecoding.hexValue(bytes[index + 2]) != nil
                else { return false }
                index += 3
                continue
            }
            guard isUnreserved(byte) || isSubDelimiter(byte) else { return false }
            index += 1
        }
        return true
    }

    /// The inside of `[...]`: an IPv6 address (checked by `inet_pton`) or `IPvFuture`.
    private static func isIPLiteral(_ bytes: ArraySlice<UInt8>) -> Bool {
        if let first = bytes.first, first == UInt8(ascii: "v") || first == UInt8(ascii: "V") {
            return isIPvFuture(bytes.dropFirst())
        }
        guard !bytes.isEmpty, bytes.count <= 45 else { return false }
        var address = in6_addr()
        return inet_pton(AF_INET6, String(decoding: bytes, as: UTF8.self), &address) == 1
    }

    /// `1*HEXDIG "." 1*( unreserved / sub-delims / ":" )`, after the "v".
    private static func isIPvFuture(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")) else { return false }
        let version = bytes[bytes.startIndex..<dot]
        let rest = bytes[(dot + 1)...]
        return !version.isEmpty && version.allSatisfy { PercentDecoding.hexValue($0) != nil }
            && !rest.isEmpty
            && rest.allSatisfy { isUnreserved($0) || isSubDelimiter($0) || $0 == UInt8(ascii: ":") }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// `ALPHA / DIGIT / "-" / "." / "_" / "~"`.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "-._~".utf8.contains(byte)
        }
    }

    /// `"!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="`.
    private static func isSubDelimiter(_ byte: UInt8) -> Bool {
        "!$&'()*+,;=".utf8.contains(byte)
    }
}
