import Domain
import HTTP

/// Champion forms read their fields exactly as typed: the Domain checks trim what they check,
/// and the stores receive what was typed, as before.
private func asTyped(_ form: FormData, _ fields: [String]) -> SubmittedForm {
    SubmittedForm(form, fields: fields, untrimmed: Set(fields))
}

/// A trusted person a champion invites, decoded from the invitation form.
struct InvitationForm: DecodedForm {
    static let fields = ["display_name", "email", "paid"]

    let displayName: String
    let email: String
    let paid: PaidStatus

    static func submitted(_ form: FormData) -> SubmittedForm { asTyped(form, fields) }

    /// Decodes the form: a name, a well-formed email address that is neither an account
    /// (`emailExists`) nor already invited (`emailPending`), and paid or volunteer.
    static func decode(_ input: SubmittedForm, emailExists: Bool, emailPending: Bool, into errors: inout FieldErrors) -> InvitationForm? {
        AccountRules.checkName(input["display_name"], into: &errors)
        AccountRules.checkEmail(input["email"], into: &errors)
        if errors["email"] == nil {
            if emailExists { errors.add("email", "An account with this email address already exists.") }
            if emailPending { errors.add("email", "This person has already been invited and is waiting for approval.") }
        }
        let paid = PaidStatus(rawValue: input["paid"])
        if paid == nil { errors.add("paid", "Choose paid or volunteer.") }
        guard let paid, errors.isEmpty else { return nil }
        return InvitationForm(displayName: input["display_name"], email: input["email"], paid: paid)
    }
}

/// A request for help about someone the asker walks alongside, decoded from the help form.
struct HelpRequestForm: DecodedForm {
    static let fields = ["individual", "addressed_to", "text"]

    let individualID: Int64
    let addressee: HelpAddressee
    let text: String

    static func submitted(_ form: FormData) -> SubmittedForm { asTyped(form, fields) }

    /// Decodes the form: someone from `walksAlongside`, an addressee (the champion only when
    /// the asker `hasOrganisation`), and the request's text.
    static func decode(
        _ input: SubmittedForm, walksAlongside: Set<Int64>, hasOrganisation: Bool, into errors: inout FieldErrors
    ) -> HelpRequestForm? {
        let individualID = Int64(input["individual"]).flatMap { walksAlongside.contains($0) ? $0 : nil }
        if individualID == nil { errors.add("individual", "Choose someone you walk alongside.") }
        let addressee = HelpAddressee(rawValue: input["addressed_to"])
        if addressee == nil { errors.add("addressed_to", "Choose whom to ask.") }
        if addressee == .champion, !hasOrganisation {
            errors.add("addressed_to", "Your account is not linked to an organisation with a champion: ask a coordinator.")
        }
        HelpRequestRules.checkText(input["text"], field: "text", into: &errors)
        guard let individualID, let addressee, errors.isEmpty else { return nil }
        return HelpRequestForm(individualID: individualID, addressee: addressee, text: input["text"])
    }
}

/// A reply to a request for help, decoded from the reply form.
struct HelpReplyForm: DecodedForm {
    static let fields = ["reply"]

    let text: String

    static func submitted(_ form: FormData) -> SubmittedForm { asTyped(form, fields) }

    /// Decodes the form: a reply with something written in it.
    static func decode(_ input: SubmittedForm, into errors: inout FieldErrors) -> HelpReplyForm? {
        HelpRequestRules.checkText(input["reply"], field: "reply", into: &errors)
        guard errors.isEmpty else { return nil }
        return HelpReplyForm(text: input["reply"])
    }
}

/// The champions' pledge renewed, decoded from the pledge form.
struct PledgeRenewalForm: DecodedForm {
    static let fields = ["signed_on", "signed_by", "confirm"]

    let signedOn: CalendarDate
    let signedBy: String

    static func submitted(_ form: FormData) -> SubmittedForm { asTyped(form, fields) }

    /// Decodes the form through `Pledge.checkRenewal`: a date after the `previous` pledge, who
    /// signed, and the box ticked.
    static func decode(_ input: SubmittedForm, previous: Pledge?, today: CalendarDate, into errors: inout FieldErrors) -> PledgeRenewalForm? {
        let day = Pledge.checkRenewal(
            signedOn: input["signed_on"], signedBy: input["signed_by"], confirmed: input["confirm"] == "yes", previous: previous,
            today: today, into: &errors)
        guard let day, errors.isEmpty else { return nil }
        return PledgeRenewalForm(signedOn: day, signedBy: input["signed_by"])
    }
}

/// A champion's or trusted person's work telephone, decoded from the work contact form.
struct WorkContactForm: DecodedForm {
    static let fields = ["work_phone"]

    /// The phone number, or "" to remove it.
    let phone: String

    static func submitted(_ form: FormData) -> SubmittedForm { asTyped(form, fields) }

    /// Decodes the form through `WorkContact.checkPhone`.
    static func decode(_ input: SubmittedForm, into errors: inout FieldErrors) -> WorkContactForm? {
        guard let phone = WorkContact.checkPhone(input["work_phone"], into: &errors), errors.isEmpty else { return nil }
        return WorkContactForm(phone: phone)
    }
}
