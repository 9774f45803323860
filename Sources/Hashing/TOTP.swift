/// Time-based one-time passwords (RFC 6238 over HOTP, RFC 4226) with HMAC-SHA1, as every
/// authenticator app computes them: 30-second steps counted from the Unix epoch.
public struct TOTP: Sendable {
    /// The length of a step in seconds (RFC 6238 §4.1 "X", its recommended default).
    public static let stepSeconds: Int64 = 30
    /// How many steps either side of now are accepted, for clock drift (RFC 6238 §5.2).
    public static let window: Int64 = 1

    public let secret: [UInt8]
    public let digits: Int

    public init(secret: [UInt8], digits: Int = 6) {
        self.secret = secret
        self.digits = digits
    }

    /// The step that `unixTime` (seconds since 1970) falls in.
    public static func step(at unixTime: Int64) -> Int64 {
        unixTime / stepSeconds
    }

    /// The code for `step`, zero-padded to `digits` (RFC 4226 §5.3 dynamic truncation).
    public func code(step: Int64) -> String {
        let counter = (0..<8).map { UInt8(truncatingIfNeeded: UInt64(bitPattern: step) >> UInt64(56 - $0 * 8)) }
        let mac = HMACSHA1.authenticate(key: secret, message: counter)
        let offset = Int(mac[19] & 0x0f)
        let binary = (UInt32(mac[offset] & 0x7f) << 24) | (UInt32(mac[offset + 1]) << 16)
            | (UInt32(mac[offset + 2]) << 8) | UInt32(mac[offset + 3])
        var modulus: UInt32 = 1
        for _ in 0..<digits { modulus *= 10 }
        let text = String(binary % modulus)
        return String(repeating: "0", count: digits - text.count) + text
    }

    /// The code shown at `unixTime`.
    public func code(at unixTime: Int64) -> String {
        code(step: Self.step(at: unixTime))
    }

    /// The step whose code `entered` is, within the window around `unixTime`, and only when that
    /// step is later than `lastUsedStep`, so a code once accepted is never accepted again
    /// (RFC 6238 §5.2). Spaces in `entered` are ignored; the comparison takes constant time.
    public func matchingStep(_ entered: String, at unixTime: Int64, lastUsedStep: Int64?) -> Int64? {
        let typed = Array(entered.filter { $0 != " " }.utf8)
        guard typed.count == digits, typed.allSatisfy({ (48...57).contains($0) }) else { return nil }
        let now = Self.step(at: unixTime)
        var found: Int64?
        for step in (now - Self.window)...(now + Self.window) where step > (lastUsedStep ?? Int64.min) {
            if ConstantTime.equals(Array(code(step: step).utf8), typed), found == nil { found = step }
        }
        return found
    }
}
