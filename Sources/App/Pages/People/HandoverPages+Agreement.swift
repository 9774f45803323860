import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The "agreed" step of a handover: what the person agreed to share with the incoming
/// person, in their own words, recorded as a new consent in the same transaction as the step.
extension HandoverPages {
    /// Records the agreement, or shows the form again with the input kept and a message beside
    /// each field at fault, storing nothing; `errors` holds the step form's messages so far (a
    /// control character in any field), which also stop the save.
    static func agree(
        _ services: AppServices, _ context: RequestContext, _ handover: HandoverRecord, _ user: CurrentUser, errors found: FieldErrors
    ) throws -> HTTPResponse {
        let today = LondonTime.today(context.now)
        var errors = found
        let consent = HandoverAgreementForm.decode(
            HandoverAgreementForm.submitted(context.form), ticked: context.form.values("categories"), incomingName: handover.incomingName,
            today: today, into: &errors)
        guard let consent else { return try page(services, context, handover, errors, status: .unprocessableContent) }
        do {
            try services.pool.write { db in
                try HandoverStore.agree(handover, consent: consent, by: user.id, now: context.now, today: today, db)
            }
        } catch let error as DomainError {
            if case .invalidHandoverStep = error { throw error }
            errors.add("categories", error.description)
            return try page(services, context, handover, errors, status: .unprocessableContent)
        }
        return .redirect(to: Route.handover(HandoverID(handover.id)), notice: .handoverMoved)
    }

    /// The agreement form's values: one checkbox per category, pre-ticked with what the
    /// outgoing person (or their organisation) has consented now unless the form came back.
    static func agreementValues(_ services: AppServices, _ context: RequestContext, _ handover: HandoverRecord) throws -> TemplateValue {
        let today = LondonTime.today(context.now)
        let submitted = context.request.method == .post
        let sent = { (name: String) in context.form[name].map(SubmittedForm.removingControlCharacters) }
        let ticked: Set<String>
        if submitted {
            ticked = Set(context.form.values("categories").map(SubmittedForm.removingControlCharacters))
        } else {
            let offered = try services.pool.read { db in
                let outgoing = try TrustedPersonStore.find(id: handover.outgoingLink.trustedPersonID, db)
                return HandoverConsent.startingPoint(
                    try ConsentStore.all(handover.individualID, db).map(\.grant), outgoing: handover.outgoingLink.trustedPersonID,
                    organisationID: outgoing?.organisationID, today: today)
            }
            ticked = Set(offered.map(\.rawValue))
        }
        let method = submitted ? sent("how_given") ?? "" : ConsentMethod.verbal.rawValue
        return [
            "incoming": .string(handover.incomingName), "outgoing": .string(handover.outgoingLink.trustedPersonName),
            "categories": .array(InformationCategory.allCases.map { category in
                ["value": .string(category.rawValue), "title": .string(category.title), "checked": .bool(ticked.contains(category.rawValue))]
            }),
            "words": .string(sent("words") ?? ""),
            "methods": Choices.of([("verbal", "Verbally"), ("written", "In writing")], selected: method),
            "reviewBy": .string(submitted ? sent("review_by") ?? "" : ConsentPolicy.defaultReviewDate(givenOn: today).typedText),
        ]
    }
}
