import Foundation

extension PersonReference {
    /// The `CF-` reference a search names, however it was typed: "42", "0042", "cf-42",
    /// "CF 0042" and "cf42" all name `CF-0042` (issue 15: only "CF-0042" found it). Nil when
    /// the text is not a reference number, so it is searched as a name instead.
    public static func searched(_ text: String) -> String? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        if rest.uppercased().hasPrefix("CF") {
            rest = rest.dropFirst(2)
            rest = rest.drop { $0 == "-" || $0 == " " }
        }
        guard !rest.isEmpty, rest.count <= 9, rest.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(rest) else { return nil }
        return format(number)
    }
}
