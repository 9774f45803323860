import Hashing

/// Factories for byte arrays used by the vector tables.
enum TestBytes {
    /// The bytes of a hex literal from a published vector; traps on a typo in the test itself.
    static func hex(_ text: String) -> [UInt8] {
        guard let bytes = Hex.decode(text) else { fatalError("bad hex literal in test: \(text)") }
        return bytes
    }

    /// The UTF-8 bytes of `text`.
    static func utf8(_ text: String) -> [UInt8] {
        Array(text.utf8)
    }

    /// `count` copies of `byte`.
    static func repeated(_ byte: UInt8, _ count: Int) -> [UInt8] {
        [UInt8](repeating: byte, count: count)
    }
}
