/// Whole numbers typed into forms.
enum FormNumbers {
    /// The whole number in `name` if it lies in `range`; otherwise `message` is added for `name`.
    static func read(
        _ field: (String) -> String?, _ name: String, in range: ClosedRange<Int>, message: String,
        into errors: inout FieldErrors
    ) -> Int? {
        let text = (field(name) ?? "").trimmingWhitespace()
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text), range.contains(value) else {
            errors.add(name, message)
            return nil
        }
        return value
    }
}
