import Domain

/// Where a page shows the control characters `SubmittedForm` found, when its boxes are not all
/// named after their fields, when a field is a password, or when a field has no box at all.
///
/// Why: a message beside a field only helps when it lands beside the box that held the
/// character (a record page names its boxes `override_reason`, `account_email`, …), a password
/// is never shown again so "check the text" would mislead, and a character in a hidden field
/// or a ticked box's value (only a tampered request sends one) must still stop the save with a
/// message on the page rather than vanish with the field.
extension SubmittedForm {
    /// The message beside a password box whose text held a control character; the box is
    /// always shown empty, so the person types the password again.
    static let controlCharacterInPasswordMessage =
        "This had an invisible control character (such as a NUL byte) in it, so nothing was saved. Type it again."

    /// The message for a control character in a part of the form nobody types into (a hidden
    /// field, a choice, a ticked box's value), shown at the place the page gives it.
    static let controlCharacterOutOfSightMessage =
        "The form arrived with an invisible control character (such as a NUL byte) in a part you cannot type into, so nothing was saved. Reload the page and try again."

    /// `controlCharacterErrors` placed on the page: a field named in `boxes` beside the box of
    /// that id (with the password message for a field in `passwords`), and any other field at
    /// `elsewhere`, the id of a place the page shows errors for, with the out-of-sight message.
    func controlCharacterErrors(boxes: [String: String], passwords: Set<String> = [], elsewhere: String) -> FieldErrors {
        var errors = FieldErrors()
        for entry in controlCharacterErrors.entries {
            if let box = boxes[entry.field] {
                errors.add(box, passwords.contains(entry.field) ? Self.controlCharacterInPasswordMessage : entry.message)
            } else {
                errors.add(elsewhere, Self.controlCharacterOutOfSightMessage)
            }
        }
        return errors
    }

    /// `controlCharacterErrors` for a form whose fields each have a box of their own name:
    /// each beside its box, passwords with the password message, anything else at `elsewhere`.
    func controlCharacterErrors(passwords: Set<String> = [], elsewhere: String) -> FieldErrors {
        controlCharacterErrors(
            boxes: Dictionary(uniqueKeysWithValues: text.keys.map { ($0, $0) }), passwords: passwords, elsewhere: elsewhere)
    }
}
