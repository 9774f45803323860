import Hashing
import Testing

@Suite("Base64URL")
struct Base64URLTests {
    /// RFC 4648 §10 vectors without padding, plus bytes that use the URL-safe characters.
    static let vectors: [(bytes: [UInt8], text: String)] = [
        ([], ""),
        (TestBytes.utf8("f"), "Zg"),
        (TestBytes.utf8("fo"), "Zm8"),
        (TestBytes.utf8("foo"), "Zm9v"),
        (TestBytes.utf8("foob"), "Zm9vYg"),
        (TestBytes.utf8("fooba"), "Zm9vYmE"),
        (TestBytes.utf8("foobar"), "Zm9vYmFy"),
        ([0xfb, 0xff, 0xbf], "-_-_"),
        ([0xff, 0xfe], "__4"),
    ]

    @Test("encodes RFC 4648 vectors", arguments: vectors)
    func encodes(bytes: [UInt8], text: String) {
        #expect(Base64URL.encode(bytes) == text)
    }

    @Test("decodes RFC 4648 vectors", arguments: vectors)
    func decodes(bytes: [UInt8], text: String) {
        #expect(Base64URL.decode(text) == bytes)
    }

    @Test func roundTripsEveryLengthUpToSeventy() {
        for length in 0...70 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ length) }
            #expect(Base64URL.decode(Base64URL.encode(bytes)) == bytes)
        }
    }

    static let invalid: [String] = [
        "Zg==",
        "Zm8=",
        "Z",
        "Zm9vY",
        "+/+/",
        "Zm9v Yg",
        "Zm9v\nYg",
        "Zh",
        "Zm9",
        "Zm\u{E9}v",
        "=",
    ]

    @Test("rejects padding, wrong alphabet, impossible lengths and non-canonical bits", arguments: invalid)
    func rejects(text: String) {
        #expect(Base64URL.decode(text) == nil)
    }
}
