/// Whole numbers typed into forms.
enum FormNumbers {
    /// The whole number in `name` if it lies in `range`; otherwise `message` is added for `name`,
    /// or `outOfRange` (given the number) when a whole number was typed outside the range, so
    /// "9" is told it is out of range rather than asked to choose (issue 15).
    static func read(
        _ field: (String) -> String?, _ name: String, in range: ClosedRange<Int>, message: String,
        outOfRange: ((Int) -> String)? = nil, into errors: inout FieldErrors
    ) -> Int? {
        let text = (field(name) ?? "").trimmingWhitespace()
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text) else {
            errors.add(name, message)
            return nil
        }
        guard range.contains(value) else {
            errors.add(name, outOfRange?(value) ?? message)
            return nil
        }
        return value
    }
}
