/// The work contact details the champions' network directory shows: a work phone number, kept
/// to digits, spaces and the usual punctuation, so nothing else can be stored there.
public enum WorkContact {
    public static let maximumPhoneLength = 25

    /// The phone number as stored (trimmed; empty means none), or nil with a message when it is not one.
    public static func checkPhone(_ text: String, field: String = "work_phone", into errors: inout FieldErrors) -> String? {
        let phone = text.trimmingWhitespace()
        guard !phone.isEmpty else { return "" }
        let allowed = Set("0123456789 +()-")
        let digits = phone.filter(\.isNumber).count
        guard phone.allSatisfy(allowed.contains), (7...15).contains(digits), phone.count <= maximumPhoneLength else {
            errors.add(field, "Enter a work phone number, for example 01223 555 010, or leave it empty.")
            return nil
        }
        return phone
    }
}
