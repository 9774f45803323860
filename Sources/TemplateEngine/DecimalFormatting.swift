/// Writes a `Double` in plain decimal: no exponent, no trailing zeros, `2.0` as `2`.
///
/// Starts from Swift's shortest round-tripping `description` (so `0.1` stays `0.1`, never
/// `0.10000000000000001`), which has no trailing zeros but `.0`, and moves the decimal
/// point by hand when that description uses an exponent (very small or large magnitudes).
enum DecimalFormatting {
    /// The plain decimal text of `number`; `NaN` and `Infinity` for non-finite values.
    static func string(_ number: Double) -> String {
        guard number.isFinite else {
            return number.isNaN ? "NaN" : (number < 0 ? "-Infinity" : "Infinity")
        }
        if number == 0 { return "0" }
        let description = number.description
        guard description.contains("e") else {
            return description.hasSuffix(".0") ? String(description.dropLast(2)) : description
        }
        let sign = number < 0 ? "-" : ""
        let unsigned = description.drop(while: { $0 == "-" })
        let parts = unsigned.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let integerDigits =
            mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        let digits = mantissa.filter { $0 != "." }
        return sign + placePoint(in: digits, at: integerDigits + exponent)
    }

    private static func placePoint(in digits: String, at point: Int) -> String {
        let whole: String
        let fraction: String
        if point <= 0 {
            whole = "0"
            fraction = String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            whole = digits + String(repeating: "0", count: point - digits.count)
            fraction = ""
        } else {
            let split = digits.index(digits.startIndex, offsetBy: point)
            whole = String(digits[..<split])
            fraction = String(digits[split...])
        }
        let trimmedFraction = fraction.reversed().drop(while: { $0 == "0" }).reversed()
        let trimmedWhole = whole.count > 1 ? String(whole.drop(while: { $0 == "0" })) : whole
        let integerPart = trimmedWhole.isEmpty ? "0" : trimmedWhole
        return trimmedFraction.isEmpty ? integerPart : integerPart + "." + String(trimmedFraction)
    }
}
