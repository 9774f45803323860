import Domain
import HTTP

/// What a person typed into a form: each named field read once and trimmed, kept as typed so
/// the form can be shown again with the input intact. Typed form values (`ContactForm`, …)
/// decode from it; nothing reads a field it did not name.
struct SubmittedForm: Sendable {
    /// The message beside a field whose text held an invisible control character.
    static let controlCharacterMessage =
        "This had an invisible control character (such as a NUL byte) in it, which has been taken out: check the text and save again."

    /// The fields as typed (trimmed, control characters taken out), by name.
    let text: [String: String]

    /// A message for each field of the form whose value held a C0 control character other than
    /// TAB, CR and LF: for the fields this form names, and for any other field the browser sent
    /// (ticked boxes, hidden fields) but the form-protection token. A handler of a route that
    /// reports control characters itself (`Route.reportsControlCharactersInForm`) starts its
    /// messages from these, so its decode returns nil and nothing is stored.
    let controlCharacterErrors: FieldErrors

    init(_ form: FormData, fields: [String], untrimmed: Set<String> = []) {
        text = Dictionary(uniqueKeysWithValues: fields.map { name in
            let value = Self.removingControlCharacters(form[name] ?? "")
            return (name, untrimmed.contains(name) ? value : value.trimmingWhitespace())
        })
        var errors = FieldErrors()
        for (name, value) in form.all where name != CSRFProtection.fieldName && FormData.containsControlCharacters(value) {
            errors.add(name, Self.controlCharacterMessage)
        }
        controlCharacterErrors = errors
    }

    /// A named field's text; "" for a field the form did not name.
    subscript(_ name: String) -> String { text[name] ?? "" }

    /// `value` without its C0 control characters other than TAB, CR and LF.
    static func removingControlCharacters(_ value: String) -> String {
        guard FormData.containsControlCharacters(value) else { return value }
        return String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" }))
    }
}

/// A POST's fields decoded into typed values, or the messages to show beside the fields.
protocol DecodedForm {
    /// The fields the form sends.
    static var fields: [String] { get }
}

extension DecodedForm {
    /// The submitted text of this form's fields.
    static func submitted(_ form: FormData) -> SubmittedForm { SubmittedForm(form, fields: fields) }
}
