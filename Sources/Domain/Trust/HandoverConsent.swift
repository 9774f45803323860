/// What the person agreed to share with the incoming trusted person when agreeing to a
/// handover (PRODUCT.md, "Handovers": the agreement is recorded as a consent).
public struct HandoverConsent: Sendable, Equatable {
    public let categories: Set<InformationCategory>
    /// What the person said, in their own words.
    public let words: String
    public let method: ConsentMethod
    public let reviewBy: CalendarDate

    public static let wordsLimit = 1000

    /// The agreed step's form, checked: returns the consent, or nil with a message beside each
    /// field at fault. Consent is given today; a blank review date means the default year.
    public static func parse(
        categories: [String], words: String, method: String, reviewBy: String, incomingName: String, today: CalendarDate,
        into errors: inout FieldErrors
    ) -> HandoverConsent? {
        let chosen = Set(categories.compactMap(InformationCategory.init(rawValue:)))
        if chosen.isEmpty || chosen.count != Set(categories).count {
            errors.add("categories", "Tick what the person agreed to share with \(incomingName). If they agreed to nothing, cancel the handover.")
        }
        if words.isEmpty { errors.add("words", "Write what the person said when they agreed, in their own words.") }
        if words.count > wordsLimit { errors.add("words", "Keep their words to 1,000 characters or fewer.") }
        let method = ConsentMethod(rawValue: method)
        if method == nil || method == .selfService { errors.add("how_given", "Choose how the person agreed: verbally or in writing.") }
        var review: CalendarDate? = ConsentPolicy.defaultReviewDate(givenOn: today)
        if !reviewBy.isEmpty {
            review = CalendarDate(typed: reviewBy)
            if review == nil { errors.add("review_by", DateRules.formatMessage) }
        }
        if let review, review <= today { errors.add("review_by", "The review date must be after today.") }
        guard errors.isEmpty, let method, let review else { return nil }
        return HandoverConsent(categories: chosen, words: words, method: method, reviewBy: review)
    }

    /// The starting point offered on the form: what is consented now to the outgoing person or
    /// their organisation.
    public static func startingPoint(
        _ consents: [ConsentGrant], outgoing trustedPersonID: Int64, organisationID: Int64?, today: CalendarDate
    ) -> Set<InformationCategory> {
        var recipients: Set<ConsentRecipient> = [.trustedPerson(trustedPersonID)]
        if let organisationID { recipients.insert(.organisation(organisationID)) }
        return ConsentPolicy.categories(consents, for: recipients, today: today)
    }
}
