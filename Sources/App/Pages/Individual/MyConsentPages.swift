import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The person giving consent, or agreeing again, on their own page: each through a page that
/// says what will happen and to whom before anything is stored (as "stop sharing" does). They
/// may share only with people in their own circle whose link is active and who are not marked
/// unsafe for them; agreeing again keeps the same people, kinds of information and purpose.
enum MyConsentPages {
    /// What a consent given on the person's own page is for.
    static let purpose = "To support me, as I agreed on my own page"

    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.newMyConsent) { context in
            try form(services, context, [:], [], FieldErrors())
        }
        routes.post(.mySharing) { context in
            let person = try MyPages.mine(services, context)
            let user = try context.signedInUser
            let input = MyConsentForm.submitted(context.form)
            let ticked = context.form.values("categories").map(SubmittedForm.removingControlCharacters)
            let choices = try services.pool.read { db in try Self.choices(person, db) }
            var errors = input.controlCharacterErrors
            guard let consent = MyConsentForm.decode(input, ticked: ticked, choices: Set(choices.map(\.id)), into: &errors) else {
                return try form(services, context, input.text, ConsentForm.categories(ticked), errors, status: .unprocessableContent)
            }
            let name = choices.first { $0.id == consent.trustedPersonID }?.name ?? ""
            guard Confirmation.isConfirmed(context) else {
                return try agreement(services, context, question: "Share with \(name)?", name: name, categories: consent.categories,
                                     button: "Yes, I agree to share", action: .mySharing, fields: Confirmation.carried(context))
            }
            let today = context.today
            try services.pool.write { db in
                _ = try ConsentStore.record(
                    individualID: person.id, recipient: .trustedPerson(consent.trustedPersonID), categories: consent.categories, purpose: purpose,
                    method: .selfService, givenOn: today, reviewBy: ConsentPolicy.defaultReviewDate(givenOn: today), by: user.id, now: context.now,
                    words: consent.words, channel: .ownPage, db)
            }
            return .redirect(to: .mySharing, notice: .consentGiven)
        }
        routes.get(Route.renewMyConsent) { context, consent in
            let record = try renewable(services, context, consent)
            return try agreement(services, context, question: "Agree again to share with \(record.recipientName)?", name: record.recipientName,
                                 categories: record.grant.categories, button: "Yes, I agree again", action: .renewMyConsent(consent), fields: [])
        }
        routes.post(Route.renewMyConsent) { context, consent in
            let record = try renewable(services, context, consent)
            guard Confirmation.isConfirmed(context) else { return .redirect(to: Route.renewMyConsent(consent).path) }
            let person = try MyPages.mine(services, context)
            let user = try context.signedInUser
            let today = context.today
            try services.pool.write { db in
                _ = try ConsentStore.renew(
                    record.grant.id, individualID: person.id, givenOn: today, reviewBy: ConsentPolicy.defaultReviewDate(givenOn: today),
                    channel: .ownPage, by: user.id, now: context.now, db)
            }
            return .redirect(to: .mySharing, notice: .consentAgreedAgain)
        }
    }

    /// The people the person may share with on their own page: their active links, none
    /// marked unsafe for them.
    static func choices(_ person: IndividualRecord, _ db: Database) throws -> [(id: Int64, name: String)] {
        var found: [(id: Int64, name: String)] = []
        for link in try TrustLinkStore.forIndividual(person.id, db) where link.status == .active && !found.contains(where: { $0.id == link.trustedPersonID }) {
            if try TrustLinkStore.unsafeReason(individualID: person.id, trustedPersonID: link.trustedPersonID, db) == nil {
                found.append((link.trustedPersonID, link.trustedPersonName))
            }
        }
        return found
    }

    /// The person's own consent named by the route, when it is still open and its recipient is
    /// not marked unsafe for them; not found otherwise.
    private static func renewable(_ services: AppServices, _ context: RequestContext, _ consent: ConsentID) throws -> ConsentRecord {
        let person = try MyPages.mine(services, context)
        let user = try context.signedInUser
        return try services.personalData.read(
            individualID: person.id, user: user, now: context.now, reason: "The person looked at their own agreement to share"
        ) { db, _ in
            guard let record = try ConsentStore.all(person.id, db).first(where: { $0.grant.id == consent.rawValue }),
                  ConsentReview.isOpen(record.grant)
            else { throw AppError.notFound }
            if case .trustedPerson(let id) = record.grant.recipient,
               try TrustLinkStore.unsafeReason(individualID: person.id, trustedPersonID: id, db) != nil {
                throw AppError.notFound
            }
            return record
        }
    }

    /// The page asked before the person agrees: who will see what, from when, until when.
    private static func agreement(
        _ services: AppServices, _ context: RequestContext, question: String, name: String, categories: Set<InformationCategory>,
        button: String, action: Route, fields: [(String, String)]
    ) throws -> HTTPResponse {
        let kinds = InformationCategory.allCases.filter(categories.contains).map { $0.title.lowercased() }.joined(separator: ", ")
        let review = ConsentPolicy.defaultReviewDate(givenOn: context.today)
        return try MyPages.page(services, context, "me/agree", question) { _, _, _ in
            [
                "question": .string(question), "button": .string(button), "action": .string(action.path),
                "happens": .array([
                    "\(name) will be able to see your \(kinds), from today.",
                    "This lasts until \(review.display). Before then you will be asked if you still agree.",
                    "You can stop sharing at any time on your \"Who can see my information\" page, and it stops straight away.",
                ].map { .string($0) }),
                "fields": .array(fields.map { ["name": .string($0.0), "value": .string($0.1)] }),
            ]
        }
    }

    private static func form(
        _ services: AppServices, _ context: RequestContext, _ input: [String: String], _ chosen: Set<InformationCategory>,
        _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        try MyPages.page(services, context, "me/share", "Share with someone in my circle", status: status) { person, db, _ in
            var values = FormView.values(input, errors)
            values["recipients"] = Choices.of(try choices(person, db).map { (String($0.id), $0.name) }, selected: input["recipient"])
            values["categories"] = .array(InformationCategory.allCases.map { category in
                ["value": .string(category.rawValue), "title": .string(category.title), "checked": .bool(chosen.contains(category))]
            })
            return values
        }
    }
}
