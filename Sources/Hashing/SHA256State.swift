/// The eight 32-bit chaining words of SHA-256 and its compression function.
///
/// FIPS 180-4 §6.2.2. Kept as a fixed-size value so that hashing, HMAC and PBKDF2 never
/// allocate per block: the message schedule lives in a stack buffer for each call.
struct SHA256State: Sendable {
    var words: InlineArray<8, UInt32>

    /// The initial hash value H(0) (FIPS 180-4 §5.3.3).
    static let initial = SHA256State(words: [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
        0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ])

    /// Compresses one 64-byte block read from `block` (no alignment required).
    mutating func compress(block: UnsafeRawPointer) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            let w = schedule.baseAddress!
            for t in 0..<16 {
                w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: t &* 4, as: UInt32.self))
            }
            compress(schedule: w)
        }
    }

    /// Compresses the block whose 16 words are already in `w[0..<16]`.
    ///
    /// `w` must have room for 64 words; words 16 through 63 are overwritten with the
    /// expanded message schedule.
    mutating func compress(schedule w: UnsafeMutablePointer<UInt32>) {
        for t in 16..<64 {
            w[t] = Self.smallSigma1(w[t &- 2]) &+ w[t &- 7] &+ Self.smallSigma0(w[t &- 15]) &+ w[t &- 16]
        }
        var a = words[0]
        var b = words[1]
        var c = words[2]
        var d = words[3]
        var e = words[4]
        var f = words[5]
        var g = words[6]
        var h = words[7]
        roundConstants.withUnsafeBufferPointer { k in
            for t in 0..<64 {
                let choose = (e & f) ^ (~e & g)
                let t1 = h &+ Self.bigSigma1(e) &+ choose &+ k[t] &+ w[t]
                let majority = (a & b) ^ (a & c) ^ (b & c)
                let t2 = Self.bigSigma0(a) &+ majority
                h = g
                g = f
                f = e
                e = d &+ t1
                d = c
                c = b
                b = a
                a = t1 &+ t2
            }
        }
        words[0] &+= a
        words[1] &+= b
        words[2] &+= c
        words[3] &+= d
        words[4] &+= e
        words[5] &+= f
        words[6] &+= g
        words[7] &+= h
    }

    /// The state as a 32-byte big-endian digest.
    var digest: [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(32)
        for index in 0..<8 {
            let word = words[index]
            bytes.append(UInt8(truncatingIfNeeded: word &>> 24))
            bytes.append(UInt8(truncatingIfNeeded: word &>> 16))
            bytes.append(UInt8(truncatingIfNeeded: word &>> 8))
            bytes.append(UInt8(truncatingIfNeeded: word))
        }
        return bytes
    }

    @inline(__always)
    private static func rotateRight(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x &>> n) | (x &<< (32 &- n))
    }

    @inline(__always)
    private static func bigSigma0(_ x: UInt32) -> UInt32 {
        rotateRight(x, 2) ^ rotateRight(x, 13) ^ rotateRight(x, 22)
    }

    @inline(__always)
    private static func bigSigma1(_ x: UInt32) -> UInt32 {
        rotateRight(x, 6) ^ rotateRight(x, 11) ^ rotateRight(x, 25)
    }

    @inline(__always)
    private static func smallSigma0(_ x: UInt32) -> UInt32 {
        rotateRight(x, 7) ^ rotateRight(x, 18) ^ (x &>> 3)
    }

    @inline(__always)
    private static func smallSigma1(_ x: UInt32) -> UInt32 {
        rotateRight(x, 17) ^ rotateRight(x, 19) ^ (x &>> 10)
    }
}

/// The 64 round constants K (FIPS 180-4 §4.2.2).
private let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
]
