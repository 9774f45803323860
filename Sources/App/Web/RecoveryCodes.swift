import Domain
import Hashing

/// Single-use recovery codes: ten characters of the base32 alphabet (50 random bits), shown
/// once as `abcde-fghij` and stored only as SHA-256 digests. 50 bits cannot be guessed within
/// a pending sign-in's five attempts, so a fast digest is enough.
enum RecoveryCodes {
    static let length = 10

    /// `SecondFactorRules.recoveryCodeCount` fresh codes, in their normalised form.
    static func generate() -> [String] {
        (0..<SecondFactorRules.recoveryCodeCount).map { _ in
            String(Base32.encode(SecureRandom.bytes(7), padded: false).lowercased().prefix(length))
        }
    }

    /// A typed code without spaces and dashes, in lower case; nil when it cannot be one.
    static func normalised(_ typed: String) -> String? {
        let code = typed.lowercased().filter { $0 != "-" && $0 != " " }
        guard code.count == length, Base32.decode(code) != nil else { return nil }
        return code
    }

    /// The digest stored for a normalised code.
    static func digest(_ code: String) -> String {
        Hex.encode(SHA256.hash(Array(code.utf8)))
    }

    /// How a code is shown: two groups of five.
    static func display(_ code: String) -> String {
        String(code.prefix(5)) + "-" + String(code.dropFirst(5))
    }
}
