/// The penalty score of a masked symbol (ISO/IEC 18004 §7.8.3); the encoder keeps the mask with
/// the lowest. Rule 3 counts the 1:1:3:1:1 finder-like pattern with four light modules on either
/// side, inside the symbol, as python-qrcode does.
enum QRPenalty {
    static func score(_ modules: [[Bool]]) -> Int {
        let size = modules.count
        let columns = (0..<size).map { column in modules.map { $0[column] } }
        var total = 0
        for line in modules + columns {
            total += runs(line) + finderLike(line)
        }
        for row in 0..<size - 1 {
            for column in 0..<size - 1 {
                let colour = modules[row][column]
                if modules[row][column + 1] == colour, modules[row + 1][column] == colour, modules[row + 1][column + 1] == colour {
                    total += 3
                }
            }
        }
        let dark = modules.reduce(0) { $0 + $1.filter { $0 }.count }
        total += 10 * (abs(dark * 100 - size * size * 50) / (size * size * 5))
        return total
    }

    /// Rule 1: 3 + (length − 5) for each run of five or more modules of one colour.
    private static func runs(_ line: [Bool]) -> Int {
        var penalty = 0
        var length = 1
        for index in 1...line.count {
            if index < line.count, line[index] == line[index - 1] {
                length += 1
                continue
            }
            if length >= 5 { penalty += 3 + (length - 5) }
            length = 1
        }
        return penalty
    }

    /// Rule 3: 40 for each dark-light-dark³-light-dark pattern with four light modules before or after.
    private static func finderLike(_ line: [Bool]) -> Int {
        let core = [true, false, true, true, true, false, true]
        let light = [false, false, false, false]
        var penalty = 0
        guard line.count >= 11 else { return 0 }
        for start in 0...(line.count - 11) {
            let window = Array(line[start..<start + 11])
            if window == core + light { penalty += 40 }
            if window == light + core { penalty += 40 }
        }
        return penalty
    }
}
