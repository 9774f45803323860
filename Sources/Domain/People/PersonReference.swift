/// An individual's stable reference, `CF-0042`: never reused, never changed.
public enum PersonReference {
    public static let prefix = "CF-"

    /// `CF-` and the number, at least four digits.
    public static func format(_ number: Int) -> String {
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The number in a `CF-` reference, or nil for any other shape.
    public static func number(in reference: String) -> Int? {
        guard reference.hasPrefix(prefix) else { return nil }
        let digits = reference.dropFirst(prefix.count)
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// Whether `reference` is an acceptable reference for import: letters, digits and dashes.
    public static func isWellFormed(_ reference: String) -> Bool {
        (1...20).contains(reference.count)
            && reference.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
}
