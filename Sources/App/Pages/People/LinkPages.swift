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
        routes.get(Route.newLink) { context, individual in
            let person = try services.personalData.person(context)
            return try form(
                services, context, person, ["started_on": LondonTime.today(context.now).typedText, "status": "active", "role": "trusted"],
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
            let input = SubmittedForm(context.form, fields: ["end_reason"], untrimmed: ["end_reason"])
            guard let reason = EndReason(rawValue: input["end_reason"]) else {
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
        let input = LinkForm.submitted(context.form)
        var shown = input.text
        var errors = input.controlCharacterErrors
        let decoded = LinkForm.decode(input, today: context.today, into: &errors)
        if let decoded, case .new(let newPerson) = decoded.person, let problem = try services.pool.read({ db in
            try decoded.questions.problem(newName: newPerson.name, organisationID: newPerson.organisationID, individualID: person.id, db)
        }) {
            errors.add("new_name", problem.message)
            shown[problem.offer] = "yes"
        }
        guard errors.isEmpty, let link = decoded else {
            return try form(services, context, person, shown, errors, status: .unprocessableContent)
        }
        do {
            try services.pool.write { db in
                let trustedPersonID = try trustedPersonID(link.person, now: context.now, db)
                if let introducedBy = link.introducedBy,
                   try !TrustLinkStore.forIndividual(person.id, db).contains(where: { $0.trustedPersonID == introducedBy }) {
                    throw AppError.badRequest("The person who introduced them must already be in the circle.")
                }
                try UnsafeIdentityStore.checkLinkable(
                    individualID: person.id, trustedPersonID: trustedPersonID, differentPersonNote: link.questions.differentPersonNote,
                    by: user.id, now: context.now, db)
                let linkID = try TrustLinkStore.add(
                    NewTrustLink(trustedPersonID: trustedPersonID, role: link.role, status: link.status, confirmed: link.confirmed,
                                 howItCameAbout: link.howItCameAbout, individualsWords: link.individualsWords,
                                 introducedBy: link.introducedBy, startedOn: link.startedOn),
                    individualID: person.id, by: user.id, now: context.now, db)
                if let discussion = link.discussion {
                    try DiscussionStore.record(discussion, individualID: person.id, linkID: linkID, by: user.id, now: context.now, db)
                }
            }
        } catch let error as DomainError {
            var field = "trusted_person_id"
            if case .unsafeNameMatch = error {
                shown["offer_different_person"] = "yes"
                if case .new = link.person { field = "new_name" }
            }
            errors.add(field, error.description)
            return try form(services, context, person, shown, errors, status: .unprocessableContent)
        }
        return .redirect(to: Route.person(IndividualID(person.id)), notice: .linkAdded, fragment: "circle")
    }

    private static func markUnsafe(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let person = try services.personalData.person(context)
        let user = try context.signedInUser
        let input = UnsafeMarkingForm.submitted(context.form)
        var errors = input.controlCharacterErrors
        guard let marking = UnsafeMarkingForm.decode(input, into: &errors) else {
            return try form(services, context, person, UnsafeMarkingForm.shown(input), errors, status: .unprocessableContent, unsafeForm: true)
        }
        guard Confirmation.isConfirmed(context) else {
            var existingID: Int64?
            if case .existing(let id) = marking.person { existingID = id }
            return try confirmUnsafe(services, context, person, existingID: existingID, newName: marking.person.newName, reason: marking.reason)
        }
        try services.pool.write { db in
            let trustedPersonID = try trustedPersonID(marking.person, now: context.now, db)
            guard try TrustedPersonStore.find(id: trustedPersonID, db) != nil else { throw AppError.notFound }
            try TrustLinkStore.markUnsafe(
                individualID: person.id, trustedPersonID: trustedPersonID, reason: marking.reason, by: user.id,
                now: context.now, today: LondonTime.today(context.now), db)
        }
        return .redirect(to: Route.person(IndividualID(person.id)), notice: .markedUnsafe, fragment: "circle")
    }

    /// The register's id for the person: the one chosen, or a new entry for someone typed.
    private static func trustedPersonID(_ linked: LinkedPerson, now: Date, _ db: Database) throws -> Int64 {
        switch linked {
        case .existing(let id): return id
        case .new(let newPerson): return try newPerson.create(now: now, db)
        }
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
