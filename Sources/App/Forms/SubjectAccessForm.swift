import Domain

/// A request to produce a subject-access export, decoded from the manager's form: whose (a
/// reference the app holds), why (logged with the export) and in which form.
struct SubjectAccessForm: DecodedForm {
    static let fields = ["reference", "reason", "format"]

    let individualID: Int64
    let ref: String
    let reason: String
    let format: CommandLineOptions.ExportFormat

    /// Decodes the form: `find` looks the typed reference up (`42`, `cf-42` and `CF-0042` all
    /// work); the reason is 10 to 500 characters (it names the request, for the person's log).
    static func decode(
        _ input: SubmittedForm, find: (String) throws -> (id: Int64, ref: String)?, into errors: inout FieldErrors
    ) rethrows -> SubjectAccessForm? {
        var found: (id: Int64, ref: String)?
        if input["reference"].isEmpty {
            errors.add("reference", "Enter the person's reference, for example CF-0042.")
        } else if input["reference"].count > 20 {
            errors.add("reference", "A reference is 20 characters or fewer, for example CF-0042.")
        } else {
            found = try find(input["reference"])
            if found == nil { errors.add("reference", "No one has the reference \(input["reference"]). Check it against the request.") }
        }
        if input["reason"].count < 10 {
            errors.add("reason", "Say why in at least 10 characters, for example the request's date and how it came in.")
        } else if input["reason"].count > 500 {
            errors.add("reason", "Keep the reason to 500 characters or fewer.")
        }
        let format = CommandLineOptions.ExportFormat(rawValue: input["format"])
        if format == nil { errors.add("format", "Choose a printable page or a JSON file.") }
        guard errors.isEmpty, let found, let format else { return nil }
        return SubjectAccessForm(individualID: found.id, ref: found.ref, reason: input["reason"], format: format)
    }
}
