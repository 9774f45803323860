import Hashing

extension PasswordHash {
    /// A hash to verify against when an email address has no account, so that answer takes as
    /// long as a wrong password for a real one: the configured iteration count with a random
    /// salt and a random key.
    ///
    /// Why random bytes rather than the hash of a random password: verifying costs the same
    /// PBKDF2 work either way and neither can be matched (no one knows a password for either),
    /// but deriving a real one took 600,000 iterations at every start-up, the larger part of a
    /// `trusted-person report` command (BENCHMARKS.md section 9).
    static func decoy(iterations: Int) -> PasswordHash {
        let salt = Base64URL.encode(SecureRandom.bytes(saltByteCount))
        let key = Base64URL.encode(SecureRandom.bytes(keyByteCount))
        guard let hash = PasswordHash(encoded: "pbkdf2-sha256$\(iterations)$\(salt)$\(key)") else {
            preconditionFailure("the decoy's iteration count \(iterations) is out of range")
        }
        return hash
    }
}
