import Domain
import Foundation
import HTTP
import TemplateEngine

/// A consent review in one step (issue 15): where a consent is due, overdue or expired, a
/// coordinator either renews it as it stands (the person agreed again: when and how, and a new
/// review date) or changes it (the normal consent form, pre-filled from the current consent).
/// Either way a new consent replaces the old one, which stays as history, in one transaction.
enum ConsentReviewPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(Route.renewConsent) { context, individual, consent in
            let (person, record) = try openConsent(services, context)
            return try renewalForm(services, context, person, record, ConsentRenewalForm.defaults(today: context.today), FieldErrors())
        }
        routes.post(Route.renewConsent) { context, individual, consent in
            let (person, record) = try openConsent(services, context)
            let user = try context.signedInUser
            let input = ConsentRenewalForm.submitted(context.form)
            var errors = input.controlCharacterErrors
            try refuseUnsafe(services, person, record, into: &errors)
            guard errors.isEmpty, let renewal = ConsentRenewalForm.decode(input, renewing: record.grant, today: context.today, into: &errors) else {
                return try renewalForm(services, context, person, record, input.text, errors, status: .unprocessableContent)
            }
            try services.pool.write { db in
                _ = try ConsentStore.renew(
                    record.grant.id, individualID: person.id, givenOn: renewal.givenOn, reviewBy: renewal.reviewBy, channel: renewal.channel,
                    by: user.id, now: context.now, db)
            }
            return .redirect(to: Route.person(IndividualID(person.id)), notice: .consentRenewed, fragment: "consents")
        }
        routes.get(Route.changeConsent) { context, individual, consent in
            let (person, record) = try openConsent(services, context)
            let today = context.today
            let input = [
                "recipient": recipientValue(record.grant.recipient), "purpose": record.purpose, "how_given": ConsentMethod.verbal.rawValue,
                "given_on": today.typedText, "review_by": ConsentPolicy.defaultReviewDate(givenOn: today).typedText, "renews": String(record.grant.id),
            ]
            return try ConsentPages.form(services, context, person, input, record.grant.categories, FieldErrors())
        }
    }

    /// The route's consent of the route's person, read through the personal-data door; not
    /// found unless it is theirs and still open (not renewed, changed or withdrawn).
    private static func openConsent(_ services: AppServices, _ context: RequestContext) throws -> (IndividualRecord, ConsentRecord) {
        let person = try services.personalData.person(context)
        let consentID = try context.parameter(ConsentID.self).rawValue
        let record = try services.personalData.read(context) { db, _ in
            try ConsentStore.all(person.id, db).first { $0.grant.id == consentID }
        }
        guard let record, ConsentReview.isOpen(record.grant) else { throw AppError.notFound }
        return (person, record)
    }

    /// Adds a message when the consent's trusted person has since been recorded as unsafe for the person.
    static func refuseUnsafe(_ services: AppServices, _ person: IndividualRecord, _ record: ConsentRecord, into errors: inout FieldErrors) throws {
        guard case .trustedPerson(let id) = record.grant.recipient else { return }
        if let reason = try services.pool.read({ db in try TrustLinkStore.unsafeReason(individualID: person.id, trustedPersonID: id, db) }) {
            errors.add("consent", "\(record.recipientName) has been recorded as unsafe for this person (\(reason)), so nothing can be shared with them.")
        }
    }

    /// The consent form's value for a recipient: `coordination-team`, `trusted-person:ID` or `organisation:ID`.
    static func recipientValue(_ recipient: ConsentRecipient) -> String {
        switch recipient {
        case .coordinationTeam: "coordination-team"
        case .trustedPerson(let id): "trusted-person:\(id)"
        case .organisation(let id): "organisation:\(id)"
        }
    }

    private static func renewalForm(
        _ services: AppServices, _ context: RequestContext, _ person: IndividualRecord, _ record: ConsentRecord,
        _ input: [String: String], _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let today = context.today
        var values = FormView.values(input, errors)
        values["person"] = PersonHeading.values(person)
        values["consent"] = SharingView.consent(record, today: today, of: IndividualID(person.id))
        values["action"] = .string(Route.renewConsent(IndividualID(person.id), ConsentID(record.grant.id)).path)
        values["channels"] = Choices.of(ConsentChannel.recordedByStaff.map { ($0.rawValue, $0.title) }, selected: input["how"])
        return try services.page("people/consent-renew", title: "Renew \(person.preferredName)'s consent", context, values, status: status)
    }
}
