import Domain
import TemplateEngine

/// The template values for a form shown again: the user's input kept, a message beside
/// each field, and the error summary at the top.
enum FormView {
    static func values(_ input: [String: String], _ errors: FieldErrors) -> [String: TemplateValue] {
        [
            "form": .dictionary(input.mapValues { .string($0) }),
            "errors": .dictionary(Dictionary(uniqueKeysWithValues: errors.entries.map { ($0.field, .string($0.message)) })),
            "errorSummary": .array(errors.entries.map { ["field": .string($0.field), "message": .string($0.message)] }),
            "hasErrors": .bool(!errors.isEmpty),
        ]
    }
}
