import Foundation

/// A salted, stretched password hash in the form `pbkdf2-sha256$<iterations>$<salt>$<hash>`.
///
/// Salt and hash are unpadded base64url. PBKDF2-HMAC-SHA256 with 600,000 iterations follows
/// OWASP's Password Storage Cheat Sheet (2023); the iteration count is stored with each hash so
/// it can be raised later: `needsRehash(minimumIterations:)` tells the login code to rehash
/// after a successful verification. Passwords are normalised to Unicode NFC before hashing
/// (RFC 8265 §4.2, OpaqueString), so the same password typed on different systems matches.
public struct PasswordHash: Sendable {
    /// The iteration count for new hashes.
    public static let defaultIterations = 600_000

    /// The highest iteration count accepted when parsing, so a corrupted record cannot stall a worker.
    public static let maximumIterations = 10_000_000

    /// The length of a new random salt in bytes.
    public static let saltByteCount = 16

    /// The length of the derived key in bytes.
    public static let keyByteCount = 32

    private static let maximumSaltByteCount = 64

    private static let scheme = "pbkdf2-sha256"

    /// The PBKDF2 iteration count.
    public let iterations: Int

    /// The random salt.
    public let salt: [UInt8]

    /// The derived key.
    public let key: [UInt8]

    private init(iterations: Int, salt: [UInt8], key: [UInt8]) {
        self.iterations = iterations
        self.salt = salt
        self.key = key
    }

    /// Hashes `password` with a fresh random salt.
    /// - Precondition: `1 <= iterations <= maximumIterations`.
    public static func make(password: String, iterations: Int = defaultIterations) -> PasswordHash {
        precondition((1...maximumIterations).contains(iterations), "iterations out of range")
        let salt = SecureRandom.bytes(saltByteCount)
        let key = derive(password: password, salt: salt, iterations: iterations, keyLength: keyByteCount)
        return PasswordHash(iterations: iterations, salt: salt, key: key)
    }

    /// Parses an encoded hash; `nil` unless it has exactly the four `$`-separated fields, the
    /// known scheme, a canonical decimal iteration count in range, a salt of 16–64 bytes and a
    /// 32-byte key.
    public init?(encoded: String) {
        let fields = encoded.split(separator: "$", omittingEmptySubsequences: false)
        guard fields.count == 4, fields[0] == Self.scheme,
            let iterations = Self.parseIterations(fields[1]),
            let salt = Base64URL.decode(String(fields[2])),
            (Self.saltByteCount...Self.maximumSaltByteCount).contains(salt.count),
            let key = Base64URL.decode(String(fields[3])), key.count == Self.keyByteCount
        else { return nil }
        self.init(iterations: iterations, salt: salt, key: key)
    }

    /// The text form stored in the database.
    public var encoded: String {
        "\(Self.scheme)$\(iterations)$\(Base64URL.encode(salt))$\(Base64URL.encode(key))"
    }

    /// Whether `password` matches, comparing the derived keys in constant time.
    public func verify(_ password: String) -> Bool {
        let candidate = Self.derive(password: password, salt: salt, iterations: iterations, keyLength: key.count)
        return ConstantTime.equals(candidate, key)
    }

    /// Whether this hash is weaker than today's parameters and should be replaced after a successful login.
    public func needsRehash(minimumIterations: Int = defaultIterations) -> Bool {
        iterations < minimumIterations
    }

    private static func derive(password: String, salt: [UInt8], iterations: Int, keyLength: Int) -> [UInt8] {
        let normalised = password.precomposedStringWithCanonicalMapping
        return PBKDF2.deriveKey(
            password: Array(normalised.utf8), salt: salt, iterations: iterations, keyLength: keyLength)
    }

    /// Accepts only ASCII digits without a leading zero, within `1...maximumIterations`.
    private static func parseIterations(_ text: Substring) -> Int? {
        guard let first = text.utf8.first, first != UInt8(ascii: "0"), text.utf8.count <= 9,
            text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            let value = Int(text), value <= maximumIterations
        else { return nil }
        return value
    }
}
