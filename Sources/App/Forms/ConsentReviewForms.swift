import Domain

/// A consent renewed as it stands, decoded from the short renewal form: the date the person
/// agreed again (today by default), how they said so, and the new review date.
struct ConsentRenewalForm: DecodedForm {
    static let fields = ["given_on", "how", "review_by"]

    let givenOn: CalendarDate
    let channel: ConsentChannel
    let reviewBy: CalendarDate

    /// The form's starting values for `today`: agreed today, in person, reviewed a year on.
    static func defaults(today: CalendarDate) -> [String: String] {
        ["given_on": today.typedText, "how": ConsentChannel.inPerson.rawValue, "review_by": ConsentPolicy.defaultReviewDate(givenOn: today).typedText]
    }

    /// Decodes the form for renewing `consent`: a real date not in the future nor before the
    /// consent was first given, a way a coordinator may record, and a review date after it
    /// (a year on when left empty). A consent already renewed, changed or withdrawn is refused.
    static func decode(_ input: SubmittedForm, renewing consent: ConsentGrant, today: CalendarDate, into errors: inout FieldErrors) -> ConsentRenewalForm? {
        let givenOn = DateRules.required(input["given_on"], field: "given_on", today: today, into: &errors)
        let channel = ConsentChannel(rawValue: input["how"]).flatMap { ConsentChannel.recordedByStaff.contains($0) ? $0 : nil }
        if channel == nil { errors.add("how", "Choose how the person said they agree again.") }
        var reviewBy = givenOn.map(ConsentPolicy.defaultReviewDate(givenOn:))
        if !input["review_by"].isEmpty {
            reviewBy = CalendarDate(typed: input["review_by"])
            if reviewBy == nil { errors.add("review_by", DateRules.formatMessage) }
        }
        if let givenOn, let reviewBy { ConsentReview.check(renewing: consent, givenOn: givenOn, reviewBy: reviewBy, into: &errors) }
        guard errors.isEmpty, let givenOn, let channel, let reviewBy else { return nil }
        return ConsentRenewalForm(givenOn: givenOn, channel: channel, reviewBy: reviewBy)
    }
}

/// A consent the person gives on their own page: someone in their circle, the kinds of
/// information they may see, and optionally why, in the person's words.
struct MyConsentForm: DecodedForm {
    static let fields = ["recipient", "words"]

    let trustedPersonID: Int64
    let categories: Set<InformationCategory>
    let words: String

    /// Decodes the form: `choices` are the trusted persons the person may share with (active
    /// links, none marked unsafe), by id; at least one kind of information; words of at most
    /// 500 characters.
    static func decode(_ input: SubmittedForm, ticked: [String], choices: Set<Int64>, into errors: inout FieldErrors) -> MyConsentForm? {
        let recipient = Int64(input["recipient"]).flatMap { choices.contains($0) ? $0 : nil }
        if recipient == nil { errors.add("recipient", "Choose who you want to share with.") }
        let categories = ConsentForm.categories(ticked)
        if categories.isEmpty { errors.add("categories", "Choose at least one kind of information.") }
        if input["words"].count > 500 { errors.add("words", "Keep this to 500 characters or fewer.") }
        guard errors.isEmpty, let recipient else { return nil }
        return MyConsentForm(trustedPersonID: recipient, categories: categories, words: input["words"])
    }
}
