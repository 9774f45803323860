import Hashing
import Testing

@Suite("SHA-256")
struct SHA256Tests {
    /// FIPS 180-4 examples (NIST CSRC "Examples with Intermediate Values") and padding edges
    /// around the 55/56-byte and 64-byte boundaries, checked against `sha256sum`.
    static let vectors: [(message: String, digest: String)] = [
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
        (String(repeating: "a", count: 55), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (String(repeating: "a", count: 56), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (String(repeating: "a", count: 63), "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (String(repeating: "a", count: 64), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (String(repeating: "a", count: 65), "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (String(repeating: "a", count: 119), "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (String(repeating: "a", count: 120), "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    ]

    static let millionA = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"

    @Test("matches published and padding-edge vectors", arguments: vectors)
    func matchesVector(message: String, digest: String) {
        #expect(Hex.encode(SHA256.hash(TestBytes.utf8(message))) == digest)
    }

    @Test func hashesOneMillionLetterA() {
        #expect(Hex.encode(SHA256.hash(TestBytes.repeated(0x61, 1_000_000))) == Self.millionA)
    }

    @Test func incrementalUpdatesInOddChunksMatchOneShot() {
        let message = TestBytes.repeated(0x61, 1_000_000)
        var hasher = SHA256()
        var offset = 0
        var chunk = 1
        while offset < message.count {
            let end = min(offset + chunk, message.count)
            hasher.update(message[offset..<end])
            offset = end
            chunk = chunk % 131 + 7
        }
        #expect(Hex.encode(hasher.finalize()) == Self.millionA)
    }

    @Test(
        "agrees with one-shot for every split point across two blocks", arguments: [0, 1, 55, 56, 63, 64, 65, 100, 128])
    func agreesAtSplitPoint(split: Int) {
        let message = (0..<128).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        var hasher = SHA256()
        hasher.update(message[..<split])
        hasher.update(message[split...])
        #expect(hasher.finalize() == SHA256.hash(message))
    }

    @Test func finalizeLeavesHasherReusable() {
        var hasher = SHA256()
        hasher.update(TestBytes.utf8("ab"))
        _ = hasher.finalize()
        hasher.update(TestBytes.utf8("c"))
        #expect(Hex.encode(hasher.finalize()) == Self.vectors[0].digest)
    }

    @Test func acceptsNonContiguousCollections() {
        let message = TestBytes.utf8("abc")
        #expect(SHA256.hash(message.lazy.map { $0 }) == SHA256.hash(message))
        #expect(SHA256.hash(Set([UInt8(0x61)])) == SHA256.hash([UInt8(0x61)]))
    }
}
