import Hashing
import Testing

@Suite("Hex")
struct HexTests {
    @Test func encodesLowercaseTwoDigitsPerByte() {
        #expect(Hex.encode([0x00, 0x01, 0x7f, 0x80, 0xab, 0xff]) == "00017f80abff")
        #expect(Hex.encode([UInt8]()) == "")
    }

    @Test func decodesEitherCase() {
        #expect(Hex.decode("00017f80abff") == [0x00, 0x01, 0x7f, 0x80, 0xab, 0xff])
        #expect(Hex.decode("ABff") == [0xab, 0xff])
        #expect(Hex.decode("") == [])
    }

    @Test func roundTripsAllByteValues() {
        let bytes = (0...255).map { UInt8($0) }
        #expect(Hex.decode(Hex.encode(bytes)) == bytes)
    }

    @Test(
        "rejects odd lengths and non-hex characters",
        arguments: ["0", "abc", "0g", "g0", " 00", "00 ", "0x00", "-1", "\u{E9}0"])
    func rejects(text: String) {
        #expect(Hex.decode(text) == nil)
    }
}
