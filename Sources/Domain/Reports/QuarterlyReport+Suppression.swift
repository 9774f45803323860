/// Small-number suppression (REPORTS.md, `--suppress-below N`), so that no one can be picked
/// out of a small count.
extension QuarterlyReport {
    /// The report with every count, numerator or denominator from 1 to `n` − 1 left empty,
    /// together with any value derived from it: a suppressed count's value, the value of a
    /// ratio whose numerator or denominator is suppressed, and the numerator and value of a
    /// change computed from a suppressed number (q4 − q1 when q4 is suppressed). 0, negative
    /// numbers and numbers of `n` or more are kept; `n` ≤ 1 suppresses nothing. A count shown out
    /// of a denominator (`accommodation.people.…`) keeps its count unless the count itself is small.
    public func suppressed(below n: Int) -> QuarterlyReport {
        let hidden = 1..<max(n, 1)
        return QuarterlyReport(quarter: quarter, rows: rows.map { $0.suppressing(hidden) })
    }
}

extension ReportRow {
    /// The row with the numbers in `hidden`, and the values derived from them, left empty.
    fileprivate func suppressing(_ hidden: Range<Int>) -> ReportRow {
        var row = self
        if case .count(let count) = value {
            if hidden.contains(count) { row.value = .empty }
            if let numerator, hidden.contains(numerator) { row.numerator = nil }
            if let denominator, hidden.contains(denominator) { row.denominator = nil }
            return row
        }
        guard let numerator, let denominator else { return row }
        let hidesNumerator = hidden.contains(numerator) || sources.contains(where: hidden.contains)
        let hidesDenominator = hidden.contains(denominator)
        if hidesNumerator { row.numerator = nil }
        if hidesDenominator { row.denominator = nil }
        if hidesNumerator || hidesDenominator { row.value = .empty }
        return row
    }
}
