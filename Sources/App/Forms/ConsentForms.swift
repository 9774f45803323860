import Domain

/// A consent to record, decoded from the consent form: with whom, which kinds of information,
/// why, how the person gave it, and from and until when.
struct ConsentForm: DecodedForm {
    /// `renews` names the consent a "change" replaces; the page checks it (`ConsentPages`).
    static let fields = ["recipient", "purpose", "how_given", "given_on", "review_by", "renews"]

    let recipient: ConsentRecipient
    let categories: Set<InformationCategory>
    let purpose: String
    let method: ConsentMethod
    let givenOn: CalendarDate
    let reviewBy: CalendarDate

    /// The kinds of information ticked (unknown values left out).
    static func categories(_ ticked: [String]) -> Set<InformationCategory> {
        Set(ticked.compactMap(InformationCategory.init(rawValue:)))
    }

    /// Decodes the form: a recipient (refused when recorded as unsafe for the person:
    /// `unsafeReason`, looked up by the caller), at least one kind of information, a purpose, a
    /// method the coordinator may record, a date given and a review date after it (by default
    /// the policy's).
    static func decode(
        _ input: SubmittedForm, ticked: [String], today: CalendarDate, unsafeReason: String?, into errors: inout FieldErrors
    ) -> ConsentForm? {
        let chosen = categories(ticked)
        let recipient = ConsentPages.parseRecipient(input["recipient"])
        if recipient == nil { errors.add("recipient", "Choose who the information may be shared with.") }
        if chosen.isEmpty { errors.add("categories", "Choose at least one kind of information.") }
        if input["purpose"].isEmpty { errors.add("purpose", "Say what the information will be used for.") }
        if input["purpose"].count > 500 { errors.add("purpose", "Keep the purpose to 500 characters or fewer.") }
        let method = ConsentMethod(rawValue: input["how_given"])
        if method == nil || method == .selfService { errors.add("how_given", "Choose how the person gave consent.") }
        let givenOn = DateRules.required(input["given_on"], field: "given_on", today: today, into: &errors)
        var reviewBy = givenOn.map(ConsentPolicy.defaultReviewDate(givenOn:))
        if !input["review_by"].isEmpty {
            reviewBy = CalendarDate(typed: input["review_by"])
            if reviewBy == nil { errors.add("review_by", DateRules.formatMessage) }
        }
        if let reviewBy, let givenOn, reviewBy <= givenOn { errors.add("review_by", "The review date must be after the date consent was given.") }
        if case .trustedPerson? = recipient, let unsafeReason {
            errors.add("recipient", "This person has been recorded as unsafe for them (\(unsafeReason)), so nothing can be shared with them.")
        }
        guard errors.isEmpty, let recipient, let method, let givenOn, let reviewBy else { return nil }
        return ConsentForm(
            recipient: recipient, categories: chosen, purpose: input["purpose"], method: method, givenOn: givenOn, reviewBy: reviewBy)
    }
}

/// The lawful basis for holding and for sharing the person's information, with a note.
struct LawfulBasisForm: DecodedForm {
    static let fields = ["holding", "sharing", "basis_note"]
    /// The longest note kept; longer notes are cut.
    static let noteLimit = 1000

    let holding: LawfulBasis
    let sharing: LawfulBasis
    let note: String

    /// Decodes the form: both bases chosen (nil otherwise, a tampered form) and the note cut to
    /// its limit.
    static func decode(_ input: SubmittedForm) -> LawfulBasisForm? {
        guard let holding = LawfulBasis(rawValue: input["holding"]), let sharing = LawfulBasis(rawValue: input["sharing"]) else { return nil }
        return LawfulBasisForm(holding: holding, sharing: sharing, note: String(input["basis_note"].prefix(noteLimit)))
    }

    /// The messages for control characters in the form: beside the note's box, and beside the
    /// first choice for any other field (the choices are picked, never typed).
    static func controlCharacterErrors(_ input: SubmittedForm) -> FieldErrors {
        input.controlCharacterErrors(boxes: ["basis_note": "basis_note"], elsewhere: "holding")
    }
}

/// A safeguarding override to open, decoded from the record page's override form.
struct SafeguardingOverrideForm: DecodedForm {
    static let fields = ["reason"]

    let categories: Set<InformationCategory>
    let reason: String

    /// Decodes the form: the kinds of information to open, and a reason saying who is at risk
    /// (10 to 1,000 characters). Messages go beside the record page's override fields.
    static func decode(_ input: SubmittedForm, ticked: [String], into errors: inout FieldErrors) -> SafeguardingOverrideForm? {
        let categories = ConsentForm.categories(ticked)
        let reason = input["reason"]
        if categories.isEmpty { errors.add("override_categories", "Choose the kinds of information you need to open.") }
        if reason.count < 10 { errors.add("override_reason", "Say who is at risk and why you need this information now.") }
        if reason.count > 1000 { errors.add("override_reason", "Keep the reason to 1,000 characters or fewer.") }
        guard errors.isEmpty else { return nil }
        return SafeguardingOverrideForm(categories: categories, reason: reason)
    }
}
