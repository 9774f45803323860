import Domain

/// A contact to add to the log, decoded from the contact form.
struct ContactForm: DecodedForm {
    static let fields = ["contact_on", "kind", "trusted_person_id", "services_involved", "category", "note"]

    let on: CalendarDate
    let kind: ContactKind
    let trustedPersonID: Int64?
    let servicesInvolved: String
    let category: InformationCategory
    let note: String

    /// Decodes the form: a real date not in the future nor before the referral (when the
    /// reader may see it), a kind, someone from the circle if anyone, a category the writer
    /// may read, and a note.
    static func decode(
        _ input: SubmittedForm, today: CalendarDate, referredOn: CalendarDate?, readable: Set<InformationCategory>,
        circle: Set<Int64>, into errors: inout FieldErrors
    ) -> ContactForm? {
        let day = DateRules.required(input["contact_on"], field: "contact_on", today: today, into: &errors)
        if let day, let referredOn, day < referredOn {
            errors.add("contact_on", "The date cannot be before the referral (\(referredOn.display)).")
        }
        let kind = ContactKind(rawValue: input["kind"])
        if kind == nil { errors.add("kind", "Choose how the contact happened.") }
        let category = InformationCategory(rawValue: input["category"])
        if category == nil {
            errors.add("category", "Choose what kind of information the note holds.")
        } else if let category, !readable.contains(category) {
            errors.add("category", "The person has not agreed to share \(category.title.lowercased()) information with you, so you cannot record it.")
        }
        if input["services_involved"].count > 500 { errors.add("services_involved", "Use 500 characters or fewer.") }
        if input["note"].isEmpty { errors.add("note", "Write a short note of the contact.") }
        if input["note"].count > 5000 { errors.add("note", "Keep the note to 5,000 characters or fewer.") }
        let trustedPersonID = Int64(input["trusted_person_id"])
        if let trustedPersonID, !circle.contains(trustedPersonID) {
            errors.add("trusted_person_id", "Choose someone from the person's circle.")
        }
        guard errors.isEmpty, let day, let kind, let category else { return nil }
        return ContactForm(
            on: day, kind: kind, trustedPersonID: trustedPersonID, servicesInvolved: input["services_involved"], category: category,
            note: input["note"])
    }
}

/// A multi-agency meeting to record, decoded from the meeting form.
struct MeetingForm: DecodedForm {
    static let fields = ["held_on", "other_organisations", "coordinated_by", "actions"]

    let heldOn: CalendarDate
    let organisationsPresent: [String]
    let coordinatedBy: Int64?
    let actions: String

    /// Decodes the form: a date, at least one organisation (ticked from `known` or named), and
    /// actions of a sensible length.
    static func decode(
        _ input: SubmittedForm, ticked: [String], known: [(id: Int64, name: String)], today: CalendarDate, into errors: inout FieldErrors
    ) -> MeetingForm? {
        let day = DateRules.required(input["held_on"], field: "held_on", today: today, into: &errors)
        let names = known.filter { ticked.contains(String($0.id)) }.map(\.name)
            + input["other_organisations"].split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        if names.isEmpty { errors.add("organisations", "Tick the organisations that were there, or name them.") }
        if input["actions"].count > 5000 { errors.add("actions", "Keep the actions to 5,000 characters or fewer.") }
        guard errors.isEmpty, let day else { return nil }
        return MeetingForm(heldOn: day, organisationsPresent: names, coordinatedBy: Int64(input["coordinated_by"]), actions: input["actions"])
    }
}
