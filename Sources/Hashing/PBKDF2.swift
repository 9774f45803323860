/// PBKDF2 with HMAC-SHA256 as the pseudorandom function (RFC 8018 §5.2).
public enum PBKDF2 {
    /// Derives `keyLength` bytes from `password` and `salt` with `iterations` rounds.
    ///
    /// The HMAC key states are computed once per call and each iteration is two SHA-256
    /// compressions on stack memory, with no allocation inside the loop.
    /// - Precondition: `iterations >= 1` and `0 <= keyLength <= (2³² − 1) × 32`.
    public static func deriveKey(password: [UInt8], salt: [UInt8], iterations: Int, keyLength: Int) -> [UInt8] {
        precondition(iterations >= 1, "PBKDF2 needs at least one iteration")
        precondition(
            keyLength >= 0 && keyLength <= Int(UInt32.max) * SHA256.byteCount, "PBKDF2 key length out of range")
        let schedule = HMACKeySchedule(key: password)
        var derived = [UInt8]()
        derived.reserveCapacity(keyLength)
        var blockIndex: UInt32 = 1
        while derived.count < keyLength {
            let block = deriveBlock(schedule: schedule, salt: salt, iterations: iterations, blockIndex: blockIndex)
            derived.append(contentsOf: block.digest.prefix(keyLength - derived.count))
            blockIndex &+= 1
        }
        return derived
    }

    /// Computes T_i = U_1 ⊕ U_2 ⊕ … ⊕ U_c for block `blockIndex`.
    private static func deriveBlock(schedule: HMACKeySchedule, salt: [UInt8], iterations: Int, blockIndex: UInt32)
        -> SHA256State
    {
        let indexBytes: [UInt8] = [
            UInt8(truncatingIfNeeded: blockIndex &>> 24), UInt8(truncatingIfNeeded: blockIndex &>> 16),
            UInt8(truncatingIfNeeded: blockIndex &>> 8), UInt8(truncatingIfNeeded: blockIndex),
        ]
        var u = schedule.authenticate(salt + indexBytes)
        var accumulated = u
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { buffer in
            let w = buffer.baseAddress!
            for _ in 1..<iterations {
                u = schedule.authenticate(digest: u, schedule: w)
                for index in 0..<8 {
                    accumulated.words[index] ^= u.words[index]
                }
            }
        }
        return accumulated
    }
}
