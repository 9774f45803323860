/// The error-correction block structure of one version at level M (ISO/IEC 18004 Table 9) and
/// the centres of its alignment patterns (Annex E), for versions 1–10.
struct QRCodeVersion: Sendable {
    let number: Int
    /// Error-correction codewords in each block.
    let eccPerBlock: Int
    /// Data codewords in each block, shorter blocks first.
    let blockDataLengths: [Int]

    init(_ number: Int) {
        self.number = number
        let (ecc, short, shortLength, long): (Int, Int, Int, Int) =
            switch number {
            case 1: (10, 1, 16, 0)
            case 2: (16, 1, 28, 0)
            case 3: (26, 1, 44, 0)
            case 4: (18, 2, 32, 0)
            case 5: (24, 2, 43, 0)
            case 6: (16, 4, 27, 0)
            case 7: (18, 4, 31, 0)
            case 8: (22, 2, 38, 2)
            case 9: (22, 3, 36, 2)
            default: (26, 4, 43, 1)
            }
        eccPerBlock = ecc
        blockDataLengths = Array(repeating: shortLength, count: short) + Array(repeating: shortLength + 1, count: long)
    }

    /// Data codewords the version holds at level M.
    var dataCapacity: Int { blockDataLengths.reduce(0, +) }

    /// Bits of the byte-mode character count (8 up to version 9, then 16).
    var countBits: Int { number <= 9 ? 8 : 16 }

    /// Centres of alignment patterns along each axis.
    var alignmentCentres: [Int] {
        switch number {
        case 1: []
        case 2...6: [6, 4 * number + 10]
        case 7: [6, 22, 38]
        case 8: [6, 24, 42]
        case 9: [6, 26, 46]
        default: [6, 28, 50]
        }
    }

    /// Splits `data` into blocks, appends each block's Reed–Solomon codewords, and interleaves
    /// them: the first codeword of every block, then the second, and so on (§7.6).
    func interleaved(_ data: [UInt8]) -> [UInt8] {
        var blocks = [[UInt8]]()
        var start = 0
        for length in blockDataLengths {
            blocks.append(Array(data[start..<start + length]))
            start += length
        }
        let corrections = blocks.map { ReedSolomon.remainder($0, degree: eccPerBlock) }
        var result = [UInt8]()
        for index in 0..<(blockDataLengths.max() ?? 0) {
            for block in blocks where index < block.count { result.append(block[index]) }
        }
        for index in 0..<eccPerBlock {
            for correction in corrections { result.append(correction[index]) }
        }
        return result
    }
}

/// Reed–Solomon error correction over GF(256) with the QR field polynomial x⁸+x⁴+x³+x²+1 (0x11D).
enum ReedSolomon {
    /// The `degree` error-correction codewords for `data`: the remainder of data·x^degree
    /// divided by the generator ∏(x − αⁱ), i = 0…degree−1.
    static func remainder(_ data: [UInt8], degree: Int) -> [UInt8] {
        let generator = generatorPolynomial(degree)
        var result = [UInt8](repeating: 0, count: degree)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for index in 0..<degree { result[index] ^= multiply(generator[index], factor) }
        }
        return result
    }

    /// The generator's coefficients from the highest power down, without the leading 1.
    static func generatorPolynomial(_ degree: Int) -> [UInt8] {
        var coefficients = [UInt8](repeating: 0, count: degree)
        coefficients[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                coefficients[index] = multiply(coefficients[index], root)
                if index + 1 < degree { coefficients[index] ^= coefficients[index + 1] }
            }
            root = multiply(root, 0x02)
        }
        return coefficients
    }

    /// The product of `x` and `y` in GF(256) modulo 0x11D (Russian-peasant multiplication).
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var product = 0
        for bit in stride(from: 7, through: 0, by: -1) {
            product = (product << 1) ^ ((product >> 7) * 0x11D)
            product ^= Int(y >> UInt8(bit) & 1) * Int(x)
        }
        return UInt8(product)
    }
}
