import Hashing
import Testing

@Suite("HMAC-SHA256")
struct HMACSHA256Tests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let key: [UInt8]
        let message: [UInt8]
        let mac: String
        var testDescription: String { name }
    }

    /// RFC 4231 §4.2–4.8. Case 5 is compared on its first 128 bits, as published.
    static let vectors: [Vector] = [
        Vector(
            name: "case 1", key: TestBytes.repeated(0x0b, 20), message: TestBytes.utf8("Hi There"),
            mac: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        Vector(
            name: "case 2: key shorter than the output", key: TestBytes.utf8("Jefe"),
            message: TestBytes.utf8("what do ya want for nothing?"),
            mac: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        Vector(
            name: "case 3: 50 bytes of 0xdd", key: TestBytes.repeated(0xaa, 20), message: TestBytes.repeated(0xdd, 50),
            mac: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        Vector(
            name: "case 4: 25-byte key", key: TestBytes.hex("0102030405060708090a0b0c0d0e0f10111213141516171819"),
            message: TestBytes.repeated(0xcd, 50),
            mac: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        Vector(
            name: "case 5: truncated to 128 bits", key: TestBytes.repeated(0x0c, 20),
            message: TestBytes.utf8("Test With Truncation"), mac: "a3b6167473100ee06e0c796c2955552b"),
        Vector(
            name: "case 6: 131-byte key", key: TestBytes.repeated(0xaa, 131),
            message: TestBytes.utf8("Test Using Larger Than Block-Size Key - Hash Key First"),
            mac: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        Vector(
            name: "case 7: 131-byte key and long data", key: TestBytes.repeated(0xaa, 131),
            message: TestBytes.utf8(
                "This is a test using a larger than block-size key and a larger than block-size data. "
                    + "The key needs to be hashed before being used by the HMAC algorithm."),
            mac: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ]

    @Test("matches RFC 4231", arguments: vectors)
    func matchesRFC4231(vector: Vector) {
        let mac = HMACSHA256.authenticate(key: vector.key, message: vector.message)
        #expect(mac.count == HMACSHA256.byteCount)
        #expect(Hex.encode(mac.prefix(vector.mac.count / 2)) == vector.mac)
    }

    /// Key lengths either side of the 64-byte block, checked against Python's `hmac`.
    static let keyLengthEdges: [(keyLength: Int, message: String, mac: String)] = [
        (63, String(repeating: "m", count: 200), "5cf0435c331929f34fb8c7f8d4ba47891251f5931e343be446c7708af6c9b8e2"),
        (64, "message", "3e2dff13376eef21c977d2636c96b03becad305320781276694855a3ea9eb883"),
        (65, "message", "fa63b55186884d14c455b7ab021febf9908fa85bb9ed025feb1d8fda3ce7982f"),
    ]

    @Test("handles keys around the block size", arguments: keyLengthEdges)
    func handlesKeyAroundBlockSize(keyLength: Int, message: String, mac: String) {
        let key = TestBytes.repeated(0x42, keyLength)
        #expect(Hex.encode(HMACSHA256.authenticate(key: key, message: TestBytes.utf8(message))) == mac)
    }

    @Test func emptyKeyAndMessageAreAccepted() {
        #expect(
            Hex.encode(HMACSHA256.authenticate(key: [], message: []))
                == "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad")
    }
}
