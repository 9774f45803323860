/// Cryptographically secure random bytes from the operating system.
///
/// `SystemRandomNumberGenerator` reads the kernel's CSPRNG (`getrandom(2)` on Linux), which is
/// suitable for salts, session tokens and CSRF tokens.
public enum SecureRandom {
    /// `count` random bytes.
    /// - Precondition: `count >= 0`.
    public static func bytes(_ count: Int) -> [UInt8] {
        precondition(count >= 0, "cannot generate a negative number of bytes")
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8]()
        bytes.reserveCapacity(count)
        while bytes.count < count {
            var word = generator.next()
            for _ in 0..<min(8, count - bytes.count) {
                bytes.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return bytes
    }
}
