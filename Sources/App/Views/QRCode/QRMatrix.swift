/// The grid of a QR code being built: its modules and which of them belong to function
/// patterns (finders, timing, alignment, format and version information), which data and
/// masks never touch. Coordinates are (row, column) from the top left.
struct QRMatrix: Sendable {
    let version: QRCodeVersion
    let size: Int
    private(set) var modules: [[Bool]]
    private var isFunction: [[Bool]]

    init(version: Int) {
        self.version = QRCodeVersion(version)
        size = version * 4 + 17
        modules = Array(repeating: Array(repeating: false, count: size), count: size)
        isFunction = modules
    }

    /// Timing patterns, the three finders with their separators, alignment patterns, and space
    /// for format (drawn for real after masking) and version information.
    mutating func drawFunctionPatterns() {
        for index in 0..<size {
            set(6, index, index % 2 == 0)
            set(index, 6, index % 2 == 0)
        }
        for (row, column) in [(3, 3), (3, size - 4), (size - 4, 3)] {
            for dy in -4...4 {
                for dx in -4...4 where (0..<size).contains(row + dy) && (0..<size).contains(column + dx) {
                    let distance = max(abs(dx), abs(dy))
                    set(row + dy, column + dx, distance != 2 && distance != 4)
                }
            }
        }
        let centres = version.alignmentCentres
        for (i, row) in centres.enumerated() {
            for (j, column) in centres.enumerated() {
                let last = centres.count - 1
                if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                for dy in -2...2 {
                    for dx in -2...2 { set(row + dy, column + dx, max(abs(dx), abs(dy)) != 1) }
                }
            }
        }
        drawInformation(mask: nil)
    }

    /// The format information for `mask` and, from version 7, the version information; with no
    /// mask, both areas are reserved and left light, as they are while masks are compared.
    mutating func drawInformation(mask: Int?) {
        drawFormatBits(mask: mask)
        drawVersionBits(blank: mask == nil)
    }

    /// Places the codewords bit by bit in two-column strips from the bottom right, upwards
    /// then downwards, skipping the vertical timing column and function modules (§7.7.3).
    mutating func place(_ codewords: [UInt8]) {
        var bitIndex = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = (right + 1) & 2 == 0
            for vertical in 0..<size {
                let row = upward ? size - 1 - vertical : vertical
                for column in [right, right - 1] where !isFunction[row][column] && bitIndex < codewords.count * 8 {
                    modules[row][column] = codewords[bitIndex >> 3] >> (7 - UInt8(bitIndex & 7)) & 1 == 1
                    bitIndex += 1
                }
            }
            right -= 2
        }
    }

    /// Flips every data module where mask pattern `mask` (0–7, §7.8.2 Table 10) holds.
    mutating func applyMask(_ mask: Int) {
        for row in 0..<size {
            for column in 0..<size where !isFunction[row][column] {
                let (i, j) = (row, column)
                let flips =
                    switch mask {
                    case 0: (i + j) % 2 == 0
                    case 1: i % 2 == 0
                    case 2: j % 3 == 0
                    case 3: (i + j) % 3 == 0
                    case 4: (i / 2 + j / 3) % 2 == 0
                    case 5: (i * j) % 2 + (i * j) % 3 == 0
                    case 6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
                    default: ((i + j) % 2 + (i * j) % 3) % 2 == 0
                    }
                if flips { modules[row][column].toggle() }
            }
        }
    }

    /// The 15 format bits, level M (00) and the mask, BCH(15,5)-protected and XORed with
    /// 101010000010010 (§7.9.1), in both copies, with the dark module beside the lower finder.
    private mutating func drawFormatBits(mask: Int?) {
        let data = mask ?? 0
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = (data << 10 | remainder) ^ 0x5412
        func bit(_ index: Int) -> Bool { mask != nil && bits >> index & 1 == 1 }
        for index in 0...5 { set(index, 8, bit(index)) }
        set(7, 8, bit(6))
        set(8, 8, bit(7))
        set(8, 7, bit(8))
        for index in 9..<15 { set(8, 14 - index, bit(index)) }
        for index in 0..<8 { set(8, size - 1 - index, bit(index)) }
        for index in 8..<15 { set(size - 15 + index, 8, bit(index)) }
        set(size - 8, 8, mask != nil)
    }

    /// The 18 version bits (versions 7 and up), BCH(18,6)-protected, in both 6×3 blocks (§7.10).
    private mutating func drawVersionBits(blank: Bool) {
        guard version.number >= 7 else { return }
        var remainder = version.number
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        let bits = version.number << 12 | remainder
        for index in 0..<18 {
            let dark = !blank && bits >> index & 1 == 1
            let (a, b) = (size - 11 + index % 3, index / 3)
            set(b, a, dark)
            set(a, b, dark)
        }
    }

    private mutating func set(_ row: Int, _ column: Int, _ dark: Bool) {
        modules[row][column] = dark
        isFunction[row][column] = true
    }
}
