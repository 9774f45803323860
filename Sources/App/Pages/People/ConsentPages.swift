import Domain
import Foundation
import HTTP
import Hashing
import SQLite
import TemplateEngine

/// Coordinators record what the person agrees to share, with whom, why and until when;
/// withdraw it on the person's word; record the lawful basis apart from the wishes; open
/// information under a safeguarding override; and give the person an account of their own.
enum ConsentPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(Route.newConsent) { context, individual in
            let person = try services.personalData.person(context)
            let today = LondonTime.today(context.now)
            return try form(services, context, person, [
                "given_on": today.typedText, "review_by": ConsentPolicy.defaultReviewDate(givenOn: today).typedText, "how_given": "verbal",
            ], [], FieldErrors())
        }
        routes.post(Route.consents) { context, individual in
            try record(services, context)
        }
        routes.get(Route.withdrawConsent) { context, individual, consent in
            try confirmWithdrawal(services, context)
        }
        routes.post(Route.withdrawConsent) { context, individual, consent in
            let person = try services.personalData.person(context)
            let user = try context.signedInUser
            let consentID = try context.parameter(ConsentID.self).rawValue
            try services.pool.write { db in
                try ConsentStore.withdraw(consentID, individualID: person.id, on: LondonTime.today(context.now), how: "on-their-word", by: user.id, now: context.now, db)
            }
            return .redirect(to: Route.person(IndividualID(person.id)), notice: .consentWithdrawn, fragment: "consents")
        }
        routes.post(Route.lawfulBasis) { context, individual in
            let person = try services.personalData.person(context)
            let user = try context.signedInUser
            let input = LawfulBasisForm.submitted(context.form)
            let errors = LawfulBasisForm.controlCharacterErrors(input)
            guard errors.isEmpty else { return try RecordPage.render(services, context, errors: errors, status: .unprocessableContent) }
            guard let basis = LawfulBasisForm.decode(input) else {
                throw AppError.badRequest("Choose the lawful basis for holding and for sharing.")
            }
            try services.pool.write { db in
                try ConsentStore.setLawfulBasis(
                    individualID: person.id, holding: basis.holding, sharing: basis.sharing, note: basis.note, by: user.id, now: context.now, db)
            }
            return .redirect(to: Route.person(IndividualID(person.id)), notice: .lawfulBasisSaved, fragment: "consents")
        }
        routes.post(Route.safeguardingOverride) { context, individual in
            let person = try services.personalData.person(context)
            let user = try context.signedInUser
            let input = SafeguardingOverrideForm.submitted(context.form)
            var errors = input.controlCharacterErrors(boxes: ["reason": "override_reason"], elsewhere: "override_categories")
            guard let override = SafeguardingOverrideForm.decode(input, ticked: context.form.values("categories"), into: &errors)
            else {
                return try RecordPage.render(services, context, errors: errors, status: .unprocessableContent)
            }
            let (categories, reason) = (override.categories, override.reason)
            try services.pool.write { db in
                try SafeguardingOverrideStore.open(individualID: person.id, userID: user.id, categories: categories, reason: reason, now: context.now, db)
            }
            try services.personalData.log.record(AccessLogEntry(
                at: context.now, userID: user.id, individualID: person.id,
                categories: categories.map(\.rawValue).sorted().joined(separator: ","), action: "safeguarding override",
                reason: reason))
            return .redirect(to: Route.person(IndividualID(person.id)), notice: .overrideOpened)
        }
        IndividualAccountPages.register(in: &routes, services)
        ConsentReviewPages.register(in: &routes, services)
        CircleQuestionPages.register(in: &routes, services)
    }

    private static func record(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let person = try services.personalData.person(context)
        let user = try context.signedInUser
        let input = ConsentForm.submitted(context.form)
        let ticked = context.form.values("categories")
        var unsafeReason: String?
        if case .trustedPerson(let id)? = parseRecipient(input["recipient"]) {
            unsafeReason = try services.pool.read { db in try TrustLinkStore.unsafeReason(individualID: person.id, trustedPersonID: id, db) }
        }
        var errors = input.controlCharacterErrors
        let renews = try replaced(services, context, person, input["renews"], into: &errors)
        guard let consent = ConsentForm.decode(input, ticked: ticked, today: context.today, unsafeReason: unsafeReason, into: &errors),
              errors.isEmpty
        else {
            return try form(services, context, person, input.text, ConsentForm.categories(ticked), errors, status: .unprocessableContent)
        }
        try services.pool.write { db in
            _ = try ConsentStore.record(
                individualID: person.id, recipient: consent.recipient, categories: consent.categories, purpose: consent.purpose,
                method: consent.method, givenOn: consent.givenOn, reviewBy: consent.reviewBy, by: user.id, now: context.now,
                renews: renews, db)
        }
        return .redirect(to: Route.person(IndividualID(person.id)), notice: renews == nil ? .consentRecorded : .consentChanged, fragment: "consents")
    }

    /// The consent a changed consent replaces (`renews`, sent by the "change" form), when there
    /// is one: it must be one of the person's and still open, or the form says so.
    private static func replaced(
        _ services: AppServices, _ context: RequestContext, _ person: IndividualRecord, _ text: String, into errors: inout FieldErrors
    ) throws -> Int64? {
        guard !text.isEmpty else { return nil }
        let consentID = Int64(text)
        let old = try services.personalData.read(context) { db, _ in try ConsentStore.all(person.id, db).first { $0.grant.id == consentID } }
        guard let old else { throw AppError.notFound }
        if !ConsentReview.isOpen(old.grant) { errors.add("recipient", "The consent you were changing has already been renewed, changed or withdrawn.") }
        return old.grant.id
    }

    /// The page asked before withdrawing on the person's word: whom sharing stops with, which
    /// kinds of information, and that it cannot be undone.
    private static func confirmWithdrawal(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let person = try services.personalData.person(context)
        let consentID = try context.parameter(ConsentID.self).rawValue
        let consent = try services.personalData.read(context) { db, _ in
            try ConsentStore.all(person.id, db).first { $0.grant.id == consentID && $0.grant.withdrawnOn == nil }
        }
        guard let consent else { throw AppError.notFound }
        let name = person.preferredName
        let kinds = InformationCategory.allCases.filter(consent.grant.categories.contains).map { $0.title.lowercased() }.joined(separator: ", ")
        return try Confirmation(
            question: "Withdraw \(name)'s consent to share with \(consent.recipientName)?",
            happens: [
                "\(consent.recipientName) will no longer see \(name)'s \(kinds), on every page and export, straight away.",
                "The consent is kept in \(name)'s record as withdrawn today, on their word, by you.",
            ],
            permanence: "If \(name) agrees to share again, record a new consent.",
            button: "Yes, withdraw consent", action: .withdrawConsent(IndividualID(person.id), ConsentID(consentID)),
            back: Route.person(IndividualID(person.id)).path(notice: nil, fragment: "consents")
        ).render(services, context)
    }

    /// `coordination-team`, `trusted-person:ID` or `organisation:ID`.
    static func parseRecipient(_ text: String) -> ConsentRecipient? {
        if text == "coordination-team" { return .coordinationTeam }
        let parts = text.split(separator: ":")
        guard parts.count == 2, let id = Int64(parts[1]) else { return nil }
        switch parts[0] {
        case "trusted-person": return .trustedPerson(id)
        case "organisation": return .organisation(id)
        default: return nil
        }
    }

    /// The consent form; with `renews` in `input`, the "change" of that consent, pre-filled.
    static func form(
        _ services: AppServices, _ context: RequestContext, _ person: IndividualRecord, _ input: [String: String],
        _ chosen: Set<InformationCategory>, _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let (circle, organisations) = try services.pool.read { db in
            (try TrustLinkStore.forIndividual(person.id, db).filter { $0.status != .ended }, try OrganisationStore.all(db))
        }
        var recipients: [(value: String, title: String)] = [("coordination-team", "The coordination team")]
        recipients += circle.map { ("trusted-person:\($0.trustedPersonID)", "\($0.trustedPersonName) (\($0.role.title))") }
        recipients += organisations.map { ("organisation:\($0.id)", "\($0.name): every trusted person acting for it") }
        var values = FormView.values(input, errors)
        values["person"] = PersonHeading.values(person)
        values["recipients"] = Choices.of(recipients, selected: input["recipient"])
        values["categories"] = .array(InformationCategory.allCases.map { category in
            ["value": .string(category.rawValue), "title": .string(category.title), "checked": .bool(chosen.contains(category))]
        })
        values["methods"] = Choices.of([("verbal", "Verbally"), ("written", "In writing")], selected: input["how_given"])
        let changing = !(input["renews"] ?? "").isEmpty
        values["changing"] = .bool(changing)
        let title = changing ? "Change \(person.preferredName)'s consent" : "Record consent for \(person.preferredName)"
        return try services.page("people/consent-form", title: title, context, values, status: status)
    }
}
