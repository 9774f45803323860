/// HMAC with SHA-1 (RFC 2104, test vectors in RFC 2202), for TOTP codes.
public enum HMACSHA1 {
    /// The 20-byte HMAC-SHA1 of `message` under `key` (keys longer than 64 bytes are hashed first).
    public static func authenticate(key: [UInt8], message: [UInt8]) -> [UInt8] {
        let blockKey = key.count > SHA1.blockByteCount ? SHA1.hash(key) : key
        let padded = blockKey + [UInt8](repeating: 0, count: SHA1.blockByteCount - blockKey.count)
        let inner = SHA1.hash(padded.map { $0 ^ 0x36 } + message)
        return SHA1.hash(padded.map { $0 ^ 0x5c } + inner)
    }
}
