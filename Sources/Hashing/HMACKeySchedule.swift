/// The SHA-256 states after absorbing the inner (key ⊕ ipad) and outer (key ⊕ opad) blocks.
///
/// RFC 2104 §2: HMAC(K, m) = H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m)). Both padded-key blocks fill exactly
/// one SHA-256 block, so their compressed states can be computed once and reused for many
/// messages; PBKDF2 relies on this to spend exactly two compressions per iteration.
struct HMACKeySchedule: Sendable {
    let inner: SHA256State
    let outer: SHA256State

    /// Prepares the padded-key states for `key`.
    init(key: [UInt8]) {
        let blockKey = key.count > SHA256.blockByteCount ? SHA256.hash(key) : key
        var innerBlock = InlineArray<64, UInt8>(repeating: 0x36)
        var outerBlock = InlineArray<64, UInt8>(repeating: 0x5c)
        for (index, byte) in blockKey.enumerated() {
            innerBlock[index] ^= byte
            outerBlock[index] ^= byte
        }
        var inner = SHA256State.initial
        var outer = SHA256State.initial
        innerBlock.span.withUnsafeBytes { inner.compress(block: $0.baseAddress!) }
        outerBlock.span.withUnsafeBytes { outer.compress(block: $0.baseAddress!) }
        self.inner = inner
        self.outer = outer
    }

    /// The final state of the HMAC of an arbitrary message.
    func authenticate(_ message: some Collection<UInt8>) -> SHA256State {
        var innerHasher = SHA256(state: inner, processedByteCount: UInt64(SHA256.blockByteCount))
        innerHasher.update(message)
        let innerDigest = innerHasher.finalState()
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { buffer in
            finish(innerDigest: innerDigest, schedule: buffer.baseAddress!)
        }
    }

    /// The final state of the HMAC of a message that is itself a 32-byte digest, given as a state.
    ///
    /// Builds both padded blocks straight from words: inner ‖ digest ‖ padding is one block, and
    /// so is outer ‖ inner digest ‖ padding, so this costs exactly two compressions. `schedule`
    /// must hold 64 words and is scratch space.
    func authenticate(digest: SHA256State, schedule w: UnsafeMutablePointer<UInt32>) -> SHA256State {
        var innerState = inner
        Self.loadDigestBlock(digest, into: w)
        innerState.compress(schedule: w)
        return finish(innerDigest: innerState, schedule: w)
    }

    /// Runs the outer hash over the inner digest: one compression after the precomputed outer block.
    private func finish(innerDigest: SHA256State, schedule w: UnsafeMutablePointer<UInt32>) -> SHA256State {
        var outerState = outer
        Self.loadDigestBlock(innerDigest, into: w)
        outerState.compress(schedule: w)
        return outerState
    }

    /// Writes the padded second block of a 64 + 32 byte message: the digest words, a 1 bit,
    /// zeros, and the bit length 768 (FIPS 180-4 §5.1.1).
    @inline(__always)
    private static func loadDigestBlock(_ digest: SHA256State, into w: UnsafeMutablePointer<UInt32>) {
        for index in 0..<8 {
            w[index] = digest.words[index]
        }
        w[8] = 0x8000_0000
        for index in 9..<15 {
            w[index] = 0
        }
        w[15] = UInt32((SHA256.blockByteCount + SHA256.byteCount) * 8)
    }
}
