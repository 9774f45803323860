import Hashing
import Testing

/// SHA-1 against the FIPS 180-2 / NIST example messages, and HMAC-SHA1 against RFC 2202 §3.
@Suite("SHA-1 and HMAC-SHA1")
struct SHA1Tests {
    @Test(arguments: [
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
    ])
    func hashesTheStandardMessages(message: String, digest: String) {
        #expect(Hex.encode(SHA1.hash(TestBytes.utf8(message))) == digest)
    }

    @Test func hashesAMillionLetterAs() {
        #expect(Hex.encode(SHA1.hash(TestBytes.repeated(0x61, 1_000_000))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    @Test func hashesMessagesAroundTheBlockBoundary() {
        // 55, 56 and 64 bytes put the length field in the same, the next, and a fresh block.
        #expect(Hex.encode(SHA1.hash(TestBytes.repeated(0x61, 55))) == "c1c8bbdc22796e28c0e15163d20899b65621d65a")
        #expect(Hex.encode(SHA1.hash(TestBytes.repeated(0x61, 56))) == "c2db330f6083854c99d4b5bfb6e8f29f201be699")
        #expect(Hex.encode(SHA1.hash(TestBytes.repeated(0x61, 64))) == "0098ba824b5c16427bd7a1122a5a442a25ec644d")
    }

    /// RFC 2202 §3, all seven test cases.
    @Test(arguments: [
        (TestBytes.repeated(0x0b, 20), TestBytes.utf8("Hi There"), "b617318655057264e28bc0b6fb378c8ef146be00"),
        (TestBytes.utf8("Jefe"), TestBytes.utf8("what do ya want for nothing?"), "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"),
        (TestBytes.repeated(0xaa, 20), TestBytes.repeated(0xdd, 50), "125d7342b9ac11cd91a39af48aa17b4f63f175d3"),
        (TestBytes.hex("0102030405060708090a0b0c0d0e0f10111213141516171819"), TestBytes.repeated(0xcd, 50),
         "4c9007f4026250c6bc8414f9bf50c86c2d7235da"),
        (TestBytes.repeated(0x0c, 20), TestBytes.utf8("Test With Truncation"), "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04"),
        (TestBytes.repeated(0xaa, 80), TestBytes.utf8("Test Using Larger Than Block-Size Key - Hash Key First"),
         "aa4ae5e15272d00e95705637ce8a3b55ed402112"),
        (TestBytes.repeated(0xaa, 80),
         TestBytes.utf8("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data"),
         "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"),
    ])
    func authenticatesTheRFC2202Cases(key: [UInt8], message: [UInt8], mac: String) {
        #expect(Hex.encode(HMACSHA1.authenticate(key: key, message: message)) == mac)
    }
}
