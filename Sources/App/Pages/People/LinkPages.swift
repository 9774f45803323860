import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// Growing and changing an individual's circle of trust: adding someone after the collective
/// discussion (an existing trusted person or a new one), confirming and activating links,
/// ending them, recording someone as unsafe, and stepping in as interim coordinator.
enum LinkPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        let caseWork = Access.caseWork
        routes.get(Route.newLink) { context, individual in
            let person = try services.personalData.person(context)
            return try form(
                services, context, person, ["started_on": LondonTime.today(context.now).iso, "status": "active", "role": "trusted"],
                FieldErrors(), unsafeForm: context.request.queryParameters["unsafe"] != nil)
        }
        routes.post(Route.links) { context, individual in
            try add(services, context)
        }
        routes.post(Route.activateLink) { context, individual, link in
            try change(services, context) { link, user, db in
                guard link.status == .proposed else { throw DomainError.linkEnded }
                if link.role == .primary, let primary = try TrustLinkStore.forIndividual(link.individualID, db)
                    .first(where: { $0.role == .primary && $0.status == .active && $0.id != link.id }) {
                    throw DomainError.primaryAlreadyActive(name: primary.trustedPersonName)
                }
                if let refusal = try UnsafeIdentityStore.refusal(individualID: link.individualID, trustedPersonID: link.trustedPersonID, db) {
                    throw refusal
                }
                try TrustLinkStore.activate(link.id, by: user.id, now: context.now, db)
            }
        }
        routes.post(Route.confirmLink) { context, individual, link in
            try change(services, context) { link, user, db in
                try TrustLinkStore.confirm(link.id, by: user.id, now: context.now, db)
            }
        }
        routes.post(Route.endLink) { context, individual, link in
            guard let reason = EndReason(rawValue: context.form["end_reason"] ?? "") else {
                throw AppError.badRequest("Choose why the link is ending.")
            }
            guard Confirmation.isConfirmed(context) else { return try confirmEnding(services, context, reason) }
            return try change(services, context) { link, user, db in
                try TrustLinkStore.end(link.id, on: LondonTime.today(context.now), reason: reason, by: user.id, now: context.now, db)
            }
        }
        routes.post(Route.unsafeMarkings) { context, individual in
            try markUnsafe(services, context)
        }
        routes.post(Route.interimCover) { context, individual in
            let person = try services.personalData.person(context)
            let user = try context.signedInUser
            try services.pool.write { db in
                let links = try TrustLinkStore.forIndividual(person.id, db)
                let away = try AbsenceStore.current(today: LondonTime.today(context.now), db)
                let coversAbsence = AbsenceRules.needsInterimCover(links.map(\.existing), absentIDs: Set(away.keys))
                guard person.status == .open, coversAbsence || TrustLinkRules.needsTrustedPerson(links.map(\.existing)) else {
                    throw DomainError.interimNotNeeded
                }
                guard let account = try UserStore.find(id: user.id, db) else { throw AppError.forbidden }
                let mine = try TrustedPersonStore.ensure(forUser: account, now: context.now, db)
                let linkID = try TrustLinkStore.add(
                    NewTrustLink(trustedPersonID: mine, role: .interim, status: .active, confirmed: false,
                                 howItCameAbout: coversAbsence
                                     ? "Coordinator covering while the primary trusted person is away." : "Coordinator stepped in while no one is trusted yet.",
                                 individualsWords: "",
                                 introducedBy: nil, startedOn: LondonTime.today(context.now)),
                    individualID: person.id, by: user.id, now: context.now, db)
                let primary = links.first { $0.status == .active && $0.role == .primary }
                if coversAbsence, let primary, let absence = away[primary.trustedPersonID]?.absence {
                    try AbsenceStore.addCover(absenceID: absence.id, linkID: linkID, db)
                }
            }
            return .redirect(to: Route.person(IndividualID(person.id)), notice: .interimStarted, fragment: "circle")
        }
    }

    /// The page asked before a link ends: who stops being trusted, from when, and why.
    private static func confirmEnding(_ services: AppServices, _ context: RequestContext, _ reason: EndReason) throws -> HTTPResponse {
        let person = try services.personalData.person(context)
        let linkID = try context.parameter(TrustLinkID.self).rawValue
        guard let link = try services.pool.read({ db in try TrustLinkStore.find(id: linkID, db) }), link.individualID == person.id else {
            throw AppError.notFound
        }
        guard link.status != .ended else { throw DomainError.linkEnded }
        let name = person.preferredName, other = link.trustedPersonName
        return try Confirmation(
            question: "End \(other)'s link with \(name)?",
            happens: [
                "\(other) stops being \(name)'s \(link.role.title.lowercased()) from today, \(LondonTime.today(context.now).display). The reason recorded: \(reason.title.lowercased()).",
                "\(other) no longer sees anything \(name) agreed to share with them.",
            ],
            permanence: "The ended link stays in \(name)'s circle as history. If \(name) trusts \(other) again, add a new link.",
            button: "Yes, end the link", action: .endLink(IndividualID(person.id), TrustLinkID(linkID)),
            back: Route.person(IndividualID(person.id)).path(notice: nil, fragment: "circle"), fields: Confirmation.carried(context)
        ).render(services, context)
    }

    private static func change(
        _ services: AppServices, _ context: RequestContext,
        _ body: (TrustLinkRecord, CurrentUser, Database) throws -> Void
    ) throws -> HTTPResponse {
        let person = try services.personalData.person(context)
        let user = try context.signedInUser
        let linkID = try context.parameter(TrustLinkID.self).rawValue
        try services.pool.write { db in
            guard let link = try TrustLinkStore.find(id: linkID, db), link.individualID == person.id else { throw AppError.notFound }
            try body(link, user, db)
        }
        return .redirect(to: Route.person(IndividualID(person.id)), notice: .linkChanged, fragment: "circle")
    }

    private static func add(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let person = try services.personalData.person(context)
        let user = try context.signedInUser
        let fields = ["trusted_person_id", "new_name", "new_kind", "new_organisation_id", "new_paid", "role", "status",
                      "confirmed", "how_it_came_about", "individuals_words", "introduced_by", "started_on"] + IdentityQuestions.fields
            + CollectiveDiscussion.fields
        var input = Dictionary(uniqueKeysWithValues: fields.map { ($0, (context.form[$0] ?? "").trimmingWhitespace()) })
        var errors = FieldErrors()
        let role = TrustRole(rawValue: input["role", default: ""])
        if role == nil { errors.add("role", "Choose the role this person will play.") }
        let status = LinkStatus(rawValue: input["status", default: ""])
        if status == nil || status == .ended { errors.add("status", "Choose whether the link is proposed or active.") }
        let startedOn = DateRules.required(input["started_on", default: ""], field: "started_on", today: LondonTime.today(context.now), into: &errors)
        let existingID = Int64(input["trusted_person_id", default: ""])
        let newPerson = NewPersonFields.read(input, into: &errors, required: existingID == nil)
        if input["how_it_came_about", default: ""].count > 2000 { errors.add("how_it_came_about", "Keep this to 2,000 characters or fewer.") }
        if input["individuals_words", default: ""].count > 2000 { errors.add("individuals_words", "Keep this to 2,000 characters or fewer.") }
        let questions = IdentityQuestions.read(input, into: &errors)
        let introducedBy = Int64(input["introduced_by", default: ""])
        let discussion = CollectiveDiscussion.read({ input[$0] ?? "" }, today: LondonTime.today(context.now), into: &errors)
        if errors.isEmpty, let newPerson, let problem = try services.pool.read({ db in
            try questions.problem(newName: newPerson.name, organisationID: newPerson.organisationID, individualID: person.id, db)
        }) {
            errors.add("new_name", problem.message)
            input[problem.offer] = "yes"
        }
        guard errors.isEmpty, let role, let status, let startedOn else {
            return try form(services, context, person, input, errors, status: .unprocessableContent)
        }
        do {
            try services.pool.write { db in
                let trustedPersonID = try existingID ?? newPerson!.create(now: context.now, db)
                if let introducedBy, try !TrustLinkStore.forIndividual(person.id, db).contains(where: { $0.trustedPersonID == introducedBy }) {
                    throw AppError.badRequest("The person who introduced them must already be in the circle.")
                }
                try UnsafeIdentityStore.checkLinkable(
                    individualID: person.id, trustedPersonID: trustedPersonID, differentPersonNote: questions.differentPersonNote,
                    by: user.id, now: context.now, db)
                let linkID = try TrustLinkStore.add(
                    NewTrustLink(trustedPersonID: trustedPersonID, role: role, status: status, confirmed: !input["confirmed", default: ""].isEmpty,
                                 howItCameAbout: input["how_it_came_about", default: ""], individualsWords: input["individuals_words", default: ""],
                                 introducedBy: introducedBy, startedOn: startedOn),
                    individualID: person.id, by: user.id, now: context.now, db)
                if let discussion {
                    try DiscussionStore.record(discussion, individualID: person.id, linkID: linkID, by: user.id, now: context.now, db)
                }
            }
        } catch let error as DomainError {
            var field = "trusted_person_id"
            if case .unsafeNameMatch = error {
                input["offer_different_person"] = "yes"
                if existingID == nil { field = "new_name" }
            }
            errors.add(field, error.description)
            return try form(services, context, person, input, errors, status: .unprocessableContent)
        }
        return .redirect(to: Route.person(IndividualID(person.id)), notice: .linkAdded, fragment: "circle")
    }

    private static func markUnsafe(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let person = try services.personalData.person(context)
        let user = try context.signedInUser
        let input = ["trusted_person_id": context.form["trusted_person_id"] ?? "", "new_name": context.form["new_name"] ?? "",
                     "new_kind": context.form["new_kind"] ?? "person", "new_paid": context.form["new_paid"] ?? "paid",
                     "new_organisation_id": context.form["new_organisation_id"] ?? "",
                     "reason": (context.form["reason"] ?? "").trimmingWhitespace()]
        var errors = FieldErrors()
        let existingID = Int64(input["trusted_person_id", default: ""])
        let newPerson = NewPersonFields.read(input, into: &errors, required: existingID == nil)
        if input["reason", default: ""].isEmpty { errors.add("reason", "Say why this person is unsafe for them.") }
        if input["reason", default: ""].count > 1000 { errors.add("reason", "Keep the reason to 1,000 characters or fewer.") }
        guard errors.isEmpty else {
            return try form(services, context, person, input, errors, status: .unprocessableContent, unsafeForm: true)
        }
        guard Confirmation.isConfirmed(context) else {
            return try confirmUnsafe(services, context, person, existingID: existingID, newName: newPerson?.name, reason: input["reason", default: ""])
        }
        try services.pool.write { db in
            let trustedPersonID = try existingID ?? newPerson!.create(now: context.now, db)
            guard try TrustedPersonStore.find(id: trustedPersonID, db) != nil else { throw AppError.notFound }
            try TrustLinkStore.markUnsafe(
                individualID: person.id, trustedPersonID: trustedPersonID, reason: input["reason", default: ""], by: user.id,
                now: context.now, today: LondonTime.today(context.now), db)
        }
        return .redirect(to: Route.person(IndividualID(person.id)), notice: .markedUnsafe, fragment: "circle")
    }

    /// The page asked before someone is recorded as unsafe: who, for whom, and what it stops.
    private static func confirmUnsafe(
        _ services: AppServices, _ context: RequestContext, _ person: IndividualRecord, existingID: Int64?, newName: String?,
        reason: String
    ) throws -> HTTPResponse {
        var other = newName ?? ""
        if let existingID {
            guard let found = try services.pool.read({ db in try TrustedPersonStore.find(id: existingID, db) }) else { throw AppError.notFound }
            other = found.name
        }
        let name = person.preferredName
        return try Confirmation(
            question: "Record \(other) as unsafe for \(name)?",
            happens: [
                "\(other) is recorded as unsafe for \(name), because: \(reason)",
                "Any link between \(other) and \(name) ends today, and nothing about \(name) is shared with \(other).",
                "The app refuses to add \(other) to \(name)'s circle again, under this name or the same name written another way.",
            ],
            permanence: "The marking stays in \(name)'s record; it is not removed from here.",
            button: "Yes, record as unsafe", action: .unsafeMarkings(IndividualID(person.id)),
            back: Route.person(IndividualID(person.id)).path(notice: nil, fragment: "circle"), fields: Confirmation.carried(context)
        ).render(services, context)
    }

    static func form(
        _ services: AppServices, _ context: RequestContext, _ person: IndividualRecord, _ input: [String: String],
        _ errors: FieldErrors, status: HTTPStatus = .ok, unsafeForm: Bool = false
    ) throws -> HTTPResponse {
        let (people, circle, organisations) = try services.pool.read { db in
            (try TrustedPersonStore.all(db), try TrustLinkStore.forIndividual(person.id, db), try OrganisationStore.all(db))
        }
        var values = FormView.values(input, errors)
        values["person"] = PersonHeading.values(person)
        values["unsafeForm"] = .bool(unsafeForm)
        values["people"] = Choices.of(
            people.filter { $0.leftRoleOn == nil }.map { (String($0.id), $0.name + ($0.organisationName.map { " (\($0))" } ?? "")) },
            selected: input["trusted_person_id"])
        values["introducers"] = Choices.of(
            circle.filter { $0.status != .ended }.map { (String($0.trustedPersonID), $0.trustedPersonName) }, selected: input["introduced_by"])
        values["roles"] = Choices.of(TrustRole.self, selected: input["role"]) { $0.title }
        values["statuses"] = Choices.of([("proposed", "Proposed: still to be agreed"), ("active", "Active: agreed and in place")], selected: input["status"])
        values["kinds"] = Choices.of(TrustedPersonKind.self, selected: input["new_kind"] ?? "person") { $0.title }
        values["paidChoices"] = Choices.of(PaidStatus.self, selected: input["new_paid"] ?? "paid") { $0.title }
        values["organisations"] = Choices.of(organisations.map { (String($0.id), $0.name) }, selected: input["new_organisation_id"])
        return try services.page(
            "people/link-form", title: unsafeForm ? "Record someone as unsafe" : "Add to \(person.preferredName)'s circle",
            context, values, status: status)
    }
}
