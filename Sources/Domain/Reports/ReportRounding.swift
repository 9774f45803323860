/// Rounding for the report: half away from zero (12.25 → 12.3, −0.125 → −0.13), done on
/// integers so that a ratio of whole numbers rounds exactly as on paper, never off by a
/// binary fraction (2.675 is 2.68, not 2.67).
enum ReportRounding {
    /// `numerator ÷ denominator × multiplier`, rounded to `decimals` places; the denominator is not 0.
    static func ratio(_ numerator: Int, _ denominator: Int, times multiplier: Int, decimals: Int) -> Double {
        let scale = power(decimals)
        let scaled = divideRounding(numerator * multiplier * scale, by: denominator)
        return Double(scaled) / Double(scale)
    }

    /// `value` with exactly `decimals` digits after the point ("3.00", "-0.5"), no separators.
    static func text(_ value: Double, decimals: Int) -> String {
        let scale = power(decimals)
        let scaled = Int((value * Double(scale)).rounded())
        let magnitude = scaled.magnitude
        let whole = String(magnitude / UInt(scale))
        let fraction = String(magnitude % UInt(scale))
        let padded = String(repeating: "0", count: decimals - fraction.count) + fraction
        return (scaled < 0 ? "-" : "") + whole + (decimals > 0 ? "." + padded : "")
    }

    /// `dividend ÷ divisor` rounded to the nearest integer, halves away from zero.
    private static func divideRounding(_ dividend: Int, by divisor: Int) -> Int {
        let negative = (dividend < 0) != (divisor < 0)
        let a = dividend.magnitude
        let b = divisor.magnitude
        let quotient = Int((2 * a + b) / (2 * b))
        return negative ? -quotient : quotient
    }

    private static func power(_ decimals: Int) -> Int {
        (0..<decimals).reduce(1) { value, _ in value * 10 }
    }
}
