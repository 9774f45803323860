import Domain
import HTTP

/// Who a link or an unsafe marking is about: someone in the register, or someone new to add.
enum LinkedPerson {
    case existing(Int64)
    case new(NewPersonFields)

    /// The person chosen from the register (`trusted_person_id`), else the new person typed;
    /// nil (with the message beside the field) when neither.
    static func read(_ input: SubmittedForm, into errors: inout FieldErrors) -> LinkedPerson? {
        if let id = Int64(input["trusted_person_id"]) { return .existing(id) }
        return NewPersonFields.read(input.text, into: &errors, required: true).map(LinkedPerson.new)
    }

    /// The new person's name, when someone new was typed.
    var newName: String? {
        if case .new(let person) = self { return person.name }
        return nil
    }
}

/// A link to add to the circle, decoded from the add-link form (with the identity questions
/// and the collective discussion it carries).
struct LinkForm: DecodedForm {
    static let fields = ["trusted_person_id", "new_name", "new_kind", "new_organisation_id", "new_paid", "role", "status",
                         "confirmed", "how_it_came_about", "individuals_words", "introduced_by", "started_on"] + IdentityQuestions.fields
        + CollectiveDiscussion.fields

    let person: LinkedPerson
    let role: TrustRole
    let status: LinkStatus
    let confirmed: Bool
    let howItCameAbout: String
    let individualsWords: String
    let introducedBy: Int64?
    let startedOn: CalendarDate
    let questions: IdentityQuestions
    let discussion: CollectiveDiscussion?

    /// Decodes the form: a role, a proposed or active status, a start date, someone chosen or
    /// typed, words of a sensible length, the identity answers and the discussion if any.
    static func decode(_ input: SubmittedForm, today: CalendarDate, into errors: inout FieldErrors) -> LinkForm? {
        let role = TrustRole(rawValue: input["role"])
        if role == nil { errors.add("role", "Choose the role this person will play.") }
        let status = LinkStatus(rawValue: input["status"])
        if status == nil || status == .ended { errors.add("status", "Choose whether the link is proposed or active.") }
        let startedOn = DateRules.required(input["started_on"], field: "started_on", today: today, into: &errors)
        let person = LinkedPerson.read(input, into: &errors)
        if input["how_it_came_about"].count > 2000 { errors.add("how_it_came_about", "Keep this to 2,000 characters or fewer.") }
        if input["individuals_words"].count > 2000 { errors.add("individuals_words", "Keep this to 2,000 characters or fewer.") }
        let questions = IdentityQuestions.read(input.text, into: &errors)
        let discussion = CollectiveDiscussion.read({ input[$0] }, today: today, into: &errors)
        guard errors.isEmpty, let person, let role, let status, let startedOn else { return nil }
        return LinkForm(
            person: person, role: role, status: status, confirmed: !input["confirmed"].isEmpty, howItCameAbout: input["how_it_came_about"],
            individualsWords: input["individuals_words"], introducedBy: Int64(input["introduced_by"]), startedOn: startedOn,
            questions: questions, discussion: discussion)
    }
}

/// Someone to record as unsafe for the person, decoded from the unsafe form.
struct UnsafeMarkingForm: DecodedForm {
    static let fields = ["trusted_person_id", "new_name", "new_kind", "new_paid", "new_organisation_id", "reason"]

    let person: LinkedPerson
    let reason: String

    /// The submitted fields; only the reason is trimmed (the name is trimmed when read).
    static func submitted(_ form: FormData) -> SubmittedForm {
        SubmittedForm(form, fields: fields, untrimmed: Set(fields).subtracting(["reason"]))
    }

    /// The fields to show again: a new person's kind and pay default to "person" and "paid".
    static func shown(_ input: SubmittedForm) -> [String: String] {
        var text = input.text
        for (name, fallback) in [("new_kind", "person"), ("new_paid", "paid")] where text[name, default: ""].isEmpty { text[name] = fallback }
        return text
    }

    /// Decodes the form: someone chosen or typed, and a reason of up to 1,000 characters.
    static func decode(_ input: SubmittedForm, into errors: inout FieldErrors) -> UnsafeMarkingForm? {
        let person = LinkedPerson.read(input, into: &errors)
        if input["reason"].isEmpty { errors.add("reason", "Say why this person is unsafe for them.") }
        if input["reason"].count > 1000 { errors.add("reason", "Keep the reason to 1,000 characters or fewer.") }
        guard errors.isEmpty, let person else { return nil }
        return UnsafeMarkingForm(person: person, reason: input["reason"])
    }
}
