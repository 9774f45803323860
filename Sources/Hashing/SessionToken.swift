/// Opaque session tokens: the client holds the token, the database holds only its digest.
///
/// A stolen database therefore yields no usable session. The digest is a plain SHA-256 (no
/// salt or stretching), which suffices because the token carries 256 bits of randomness.
public enum SessionToken {
    /// The number of random bytes in a token.
    public static let byteCount = 32

    /// A new token: 32 random bytes, base64url without padding (43 characters).
    public static func generate() -> String {
        Base64URL.encode(SecureRandom.bytes(byteCount))
    }

    /// The lowercase hex SHA-256 of the token's UTF-8 text, as stored and looked up.
    public static func digest(_ token: String) -> String {
        Hex.encode(SHA256.hash(token.utf8))
    }
}
