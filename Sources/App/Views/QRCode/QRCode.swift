/// A QR code (ISO/IEC 18004:2015) for a short text, encoded in byte mode at error-correction
/// level M in the smallest of versions 1–10 that holds it: enough for an `otpauth://` address.
///
/// `modules[row][column]` is true for a dark module. The steps follow the standard's order:
/// data codewords (§7.4), Reed–Solomon error correction and interleaving (§7.5–7.6), function
/// patterns (§6.3), placement (§7.7.3), the mask with the least penalty (§7.8), and the format
/// and version information (§7.9–7.10).
struct QRCode: Sendable, Equatable {
    let version: Int
    let mask: Int
    let modules: [[Bool]]

    var size: Int { modules.count }

    /// Encodes `text` as UTF-8, choosing the mask by the penalty rules unless `mask` is given.
    init(_ text: String, mask forcedMask: Int? = nil) throws(QRCodeError) {
        let bytes = Array(text.utf8)
        guard let version = (1...10).first(where: { QRCodeVersion($0).dataCapacity >= Self.encodedLength(bytes.count, $0) })
        else { throw .tooLong }
        let layout = QRCodeVersion(version)
        let codewords = layout.interleaved(Self.dataCodewords(bytes, layout))
        var matrix = QRMatrix(version: version)
        matrix.drawFunctionPatterns()
        matrix.place(codewords)
        let chosen = forcedMask ?? (0..<8).min { Self.penaltyWithMask($0, matrix) < Self.penaltyWithMask($1, matrix) }!
        matrix.applyMask(chosen)
        matrix.drawInformation(mask: chosen)
        self.version = version
        self.mask = chosen
        self.modules = matrix.modules
    }

    /// Bytes needed for mode, count and data in `version` (rounded up).
    private static func encodedLength(_ count: Int, _ version: Int) -> Int {
        (4 + QRCodeVersion(version).countBits + count * 8 + 7) / 8
    }

    /// The penalty of the symbol masked with `mask`, its format and version areas still light:
    /// the standard leaves open whether they count, and this is how python-qrcode (the reference
    /// our tests compare with) decides, so both choose the same mask.
    private static func penaltyWithMask(_ mask: Int, _ matrix: QRMatrix) -> Int {
        var trial = matrix
        trial.applyMask(mask)
        return QRPenalty.score(trial.modules)
    }

    /// Mode indicator 0100 (byte), the character count, the data, a terminator of up to four
    /// zero bits, zero bits to a byte boundary, then the pad bytes 0xEC and 0x11 in turn.
    private static func dataCodewords(_ bytes: [UInt8], _ layout: QRCodeVersion) -> [UInt8] {
        var bits = [Bool]()
        func append(_ value: Int, _ count: Int) {
            for shift in stride(from: count - 1, through: 0, by: -1) { bits.append(value >> shift & 1 == 1) }
        }
        append(0b0100, 4)
        append(bytes.count, layout.countBits)
        for byte in bytes { append(Int(byte), 8) }
        let capacityBits = layout.dataCapacity * 8
        append(0, min(4, capacityBits - bits.count))
        append(0, (8 - bits.count % 8) % 8)
        var codewords = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while codewords.count < layout.dataCapacity {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }
}

/// Why a text cannot be drawn as a QR code.
enum QRCodeError: Error, Equatable {
    /// Longer than version 10 at level M holds (213 bytes).
    case tooLong
}
