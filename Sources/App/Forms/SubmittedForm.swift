import Domain
import HTTP

/// What a person typed into a form: each named field read once and trimmed, kept as typed so
/// the form can be shown again with the input intact. Typed form values (`ContactForm`, …)
/// decode from it; nothing reads a field it did not name.
struct SubmittedForm: Sendable {
    /// The fields as typed (trimmed), by name.
    let text: [String: String]

    init(_ form: FormData, fields: [String], untrimmed: Set<String> = []) {
        text = Dictionary(uniqueKeysWithValues: fields.map { name in
            let value = form[name] ?? ""
            return (name, untrimmed.contains(name) ? value : value.trimmingWhitespace())
        })
    }

    /// A named field's text; "" for a field the form did not name.
    subscript(_ name: String) -> String { text[name] ?? "" }
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
