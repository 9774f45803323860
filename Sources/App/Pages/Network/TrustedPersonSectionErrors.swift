import Domain
import TemplateEngine

/// The error summary at the top of a trusted person's page for one of the forms further down
/// it (away, back, training, leaving), whose messages sit beside that form's own fields.
///
/// Why its own links: those forms' inputs carry ids of their own (`absence-from`,
/// `training-course`, `leave-note`) so that they do not clash with the page's main form, and a
/// message about a field the form shows no place for (a hidden or tampered field, such as a
/// control character in a value nobody types) must still reach the page: it links to the form
/// itself, so no message is left off and nothing is saved without the person knowing why.
enum TrustedPersonSectionErrors {
    /// One of the page's lower forms: where its fields are on the page, and the form's own id.
    struct Section {
        /// The id of each field's element, where it differs from the field's name.
        let anchors: [String: String]
        /// The fields the form shows, by name.
        let fields: Set<String>
        /// The id of the section holding the form, for a message about any other field.
        let id: String
    }

    /// The absence form and the return form, both in the "Away for a while" section.
    static let absence = Section(
        anchors: ["kind": "absence-kind", "from": "absence-from"], fields: ["kind", "from", "expected_return", "returned_on", "end_cover"],
        id: "absence")
    /// The training form.
    static let training = Section(
        anchors: ["course": "training-course"], fields: ["course", "attended_on", "provider", "places"], id: "training")
    /// The "Leaving their role" form.
    static let leaving = Section(anchors: ["reason": "leave-reason", "note": "leave-note"], fields: ["reason", "note"], id: "leaving")

    /// The layout's summary values (`errorSummary`, `hasErrors`) for `errors` of `section`.
    static func summary(_ errors: FieldErrors, in section: Section) -> [String: TemplateValue] {
        [
            "errorSummary": .array(errors.entries.map { entry in
                let anchor = section.fields.contains(entry.field) ? section.anchors[entry.field] ?? entry.field : section.id
                return ["field": .string(anchor), "message": .string(entry.message)]
            }),
            "hasErrors": .bool(!errors.isEmpty),
        ]
    }
}
