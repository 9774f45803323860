import Domain
import HTTP

/// A handover to propose, decoded from the handover form: whose link, who takes over (from
/// the person's own circle, or someone new with the reason), and what happens to the link.
struct HandoverProposalForm: DecodedForm {
    static let fields = ["link", "incoming", "someone_new", "why_someone_new", "outcome"] + IdentityQuestions.fields

    let linkID: Int64
    let incoming: Int64
    /// Why no one from the circle can take over; empty when someone from the circle does.
    let whySomeoneNew: String
    let outcome: OutgoingOutcome
    let questions: IdentityQuestions

    /// The submitted fields; only the reason is trimmed.
    static func submitted(_ form: FormData) -> SubmittedForm {
        SubmittedForm(form, fields: fields, untrimmed: Set(fields).subtracting(["why_someone_new"]))
    }

    /// Decodes the form: the identity answers, a link, exactly one incoming person (with a
    /// reason when someone new), and an outcome for the outgoing link.
    static func decode(_ input: SubmittedForm, into errors: inout FieldErrors) -> HandoverProposalForm? {
        let questions = IdentityQuestions.read(input.text, into: &errors)
        let linkID = Int64(input["link"])
        if linkID == nil { errors.add("link", "Choose whose link is being handed over.") }
        let fromCircle = Int64(input["incoming"])
        let someoneNew = Int64(input["someone_new"])
        if fromCircle == nil && someoneNew == nil { errors.add("incoming", "Choose who will take over: someone from the person's own circle, or someone new.") }
        if fromCircle != nil && someoneNew != nil { errors.add("incoming", "Choose one person only.") }
        if someoneNew != nil, input["why_someone_new"].isEmpty {
            errors.add("why_someone_new", "Say why no one from the person's own circle can take over.")
        }
        let outcome = OutgoingOutcome(rawValue: input["outcome"])
        if outcome == nil { errors.add("outcome", "Choose what happens to the outgoing person's link.") }
        guard errors.isEmpty, let linkID, let outcome, let incoming = fromCircle ?? someoneNew else { return nil }
        return HandoverProposalForm(
            linkID: linkID, incoming: incoming, whySomeoneNew: someoneNew == nil ? "" : input["why_someone_new"], outcome: outcome,
            questions: questions)
    }
}

/// A step of a handover to record, decoded from the handover page's step form.
struct HandoverStepForm: DecodedForm {
    static let fields = ["stage", "note"]

    let stage: HandoverStage
    /// The handover note, for the note step only.
    let note: String?

    /// The submitted fields; the stage is kept as sent.
    static func submitted(_ form: FormData) -> SubmittedForm { SubmittedForm(form, fields: fields, untrimmed: ["stage"]) }

    /// The step asked for, or nil for one that does not exist (a tampered form).
    static func stage(_ input: SubmittedForm) -> HandoverStage? { HandoverStage(rawValue: input["stage"]) }

    /// Decodes the step once the user is known to be allowed it: the note step needs the note.
    /// Nil whenever `errors` holds a message (a control character found in the form).
    static func decode(_ input: SubmittedForm, stage: HandoverStage, into errors: inout FieldErrors) -> HandoverStepForm? {
        if stage == .noteWritten, input["note"].isEmpty {
            errors.add("note", "Write the handover note: what the incoming person needs to know, in the person's own words where you can.")
        }
        guard errors.isEmpty else { return nil }
        return HandoverStepForm(stage: stage, note: stage == .noteWritten ? input["note"] : nil)
    }
}

/// What the person agreed to share with the incoming person, decoded from the "agreed" step.
enum HandoverAgreementForm: DecodedForm {
    static let fields = ["words", "how_given", "review_by"]

    /// The submitted fields; the method is kept as sent.
    static func submitted(_ form: FormData) -> SubmittedForm { SubmittedForm(form, fields: fields, untrimmed: ["how_given"]) }

    /// Decodes the agreement through the domain's `HandoverConsent` rules.
    static func decode(
        _ input: SubmittedForm, ticked: [String], incomingName: String, today: CalendarDate, into errors: inout FieldErrors
    ) -> HandoverConsent? {
        HandoverConsent.parse(
            categories: ticked, words: input["words"], method: input["how_given"], reviewBy: input["review_by"], incomingName: incomingName,
            today: today, into: &errors)
    }
}
