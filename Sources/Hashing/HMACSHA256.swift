/// HMAC with SHA-256 (RFC 2104, test vectors in RFC 4231).
public enum HMACSHA256 {
    /// The length of an authentication code in bytes.
    public static let byteCount = SHA256.byteCount

    /// The 32-byte HMAC-SHA256 of `message` under `key` (keys longer than 64 bytes are hashed first).
    public static func authenticate(key: [UInt8], message: [UInt8]) -> [UInt8] {
        HMACKeySchedule(key: key).authenticate(message).digest
    }
}
