/// How far an import has got: rows read from the file, checked against the contract and
/// written to the database, out of `total`. The command line shows it on a terminal.
public struct ImportProgress: Sendable, Equatable {
    public var total: Int
    public var checked: Int
    public var written: Int

    public init(total: Int, checked: Int = 0, written: Int = 0) {
        self.total = total
        self.checked = checked
        self.written = written
    }

    /// One line for a terminal, with the rate of the stage under way:
    /// "rows read 12,000 · checked 12,000 · written 3,000 · 9,400 rows a second".
    public func line(elapsedSeconds: Double) -> String {
        let done = written > 0 ? written : checked
        let rate = elapsedSeconds > 0 ? Int((Double(done) / elapsedSeconds).rounded()) : 0
        return "rows read \(Self.grouped(total)) · checked \(Self.grouped(checked)) · written \(Self.grouped(written))"
            + " · \(Self.grouped(rate)) rows a second"
    }

    /// `n` with thousands separated by commas ("12,000").
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (n < 0 ? "-" : "") + out
    }
}
