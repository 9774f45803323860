import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The guided handover: choose the receiving person from the individual's own network
/// (back-ups first) or say why someone new, then record each step with who and when; the
/// final step switches the links in one transaction.
enum HandoverPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(Route.newHandover) { context, individual in
            let person = try services.personalData.person(context)
            return try form(services, context, person, ["link": context.request.queryParameters["link"] ?? "", "outcome": "end"], FieldErrors())
        }
        routes.post(Route.handovers) { context, individual in
            try propose(services, context)
        }
        routes.get(Route.handover) { context, handover in
            let handover = try find(services, context)
            return try page(services, context, handover)
        }
        routes.post(Route.handoverStep) { context, handover in
            let handover = try find(services, context)
            let user = try context.signedInUser
            let input = HandoverStepForm.submitted(context.form)
            var errors = input.controlCharacterErrors
            if let stage = HandoverStepForm.stage(input) {
                let relation = try services.pool.read { db in try HandoverStore.relation(userID: user.id, handoverID: handover.id, db) }
                guard AccessPolicy().mayRecordHandoverStep(user.roles, relation, to: stage) else { throw AppError.forbidden }
            } else if errors.isEmpty {
                throw AppError.badRequest("That handover step does not exist.")
            }
            guard let stage = HandoverStepForm.stage(input) else {
                return try page(services, context, handover, errors, status: .unprocessableContent)
            }
            if stage == .agreed { return try agree(services, context, handover, user, errors: errors) }
            guard let step = HandoverStepForm.decode(input, stage: stage, into: &errors) else {
                return try page(services, context, handover, errors, status: .unprocessableContent)
            }
            try services.pool.write { db in
                try HandoverStore.advance(
                    handover, to: step.stage, note: step.note, by: user.id, now: context.now, today: LondonTime.today(context.now), db)
            }
            return .redirect(to: Route.handover(HandoverID(handover.id)), notice: .handoverMoved)
        }
    }

    static func find(_ services: AppServices, _ context: RequestContext) throws -> HandoverRecord {
        let id = try context.parameter(HandoverID.self).rawValue
        guard let handover = try services.pool.read({ db in try HandoverStore.find(id: id, db) }) else { throw AppError.notFound }
        return handover
    }

    /// Proposes a handover from one link; returns the new handover's id.
    static func propose(
        _ services: AppServices, individualID: Int64, outgoingLinkID: Int64, incoming: Int64, whySomeoneNew: String,
        outcome: OutgoingOutcome, bulkID: Int64?, user: CurrentUser, now: Date, _ db: Database
    ) throws -> Int64 {
        let circle = try TrustLinkStore.forIndividual(individualID, db)
        guard let outgoing = circle.first(where: { $0.id == outgoingLinkID }), outgoing.status == .active else {
            throw DomainError.linkEnded
        }
        let fromNetwork = circle.contains { $0.trustedPersonID == incoming && $0.status != .ended && $0.id != outgoing.id }
        guard incoming != outgoing.trustedPersonID else { throw AppError.badRequest("Choose someone other than the outgoing person.") }
        if let absence = try AbsenceStore.current(trustedPersonID: incoming, today: LondonTime.today(now), db),
           let person = try TrustedPersonStore.find(id: incoming, db)
        {
            throw DomainError.trustedPersonAbsent(name: person.name, phrase: absence.kind.phrase, until: absence.expectedReturn)
        }
        return try HandoverStore.create(
            individualID: individualID, outgoingLinkID: outgoing.id, incomingTrustedPersonID: incoming, fromNetwork: fromNetwork,
            whySomeoneNew: whySomeoneNew, outcome: outcome, bulkHandoverID: bulkID, by: user.id, now: now, db)
    }

    private static func propose(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let person = try services.personalData.person(context)
        let user = try context.signedInUser
        let input = HandoverProposalForm.submitted(context.form)
        var shown = input.text
        var errors = input.controlCharacterErrors
        guard let proposal = HandoverProposalForm.decode(input, into: &errors) else {
            return try form(services, context, person, shown, errors, status: .unprocessableContent)
        }
        let id: Int64
        do {
            id = try services.pool.write { db in
                try UnsafeIdentityStore.checkLinkable(
                    individualID: person.id, trustedPersonID: proposal.incoming, differentPersonNote: proposal.questions.differentPersonNote,
                    by: user.id, now: context.now, db)
                return try propose(services, individualID: person.id, outgoingLinkID: proposal.linkID, incoming: proposal.incoming,
                            whySomeoneNew: proposal.whySomeoneNew, outcome: proposal.outcome, bulkID: nil, user: user, now: context.now, db)
            }
        } catch let error as DomainError {
            if case .unsafeNameMatch = error { shown["offer_different_person"] = "yes" }
            errors.add("incoming", error.description)
            return try form(services, context, person, shown, errors, status: .unprocessableContent)
        }
        return .redirect(to: Route.handover(HandoverID(id)), notice: .handoverProposed)
    }

    static func form(
        _ services: AppServices, _ context: RequestContext, _ person: IndividualRecord, _ input: [String: String],
        _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let today = LondonTime.today(context.now)
        let (circle, everyone, away) = try services.pool.read { db in
            (try TrustLinkStore.forIndividual(person.id, db), try TrustedPersonStore.all(db), try AbsenceStore.awayIDs(today: today, db))
        }
        let live = circle.filter { $0.status != .ended }
        let outgoingID = Int64(input["link"] ?? "")
        let outgoing = live.first { $0.id == outgoingID }
        let candidates = live.filter { $0.status == .active && $0.trustedPersonID != outgoing?.trustedPersonID && !away.contains($0.trustedPersonID) }
            .sorted { ($0.role == .backup ? 0 : 1, $0.startedOn) < ($1.role == .backup ? 0 : 1, $1.startedOn) }
        let inCircle = Set(circle.map(\.trustedPersonID))
        var values = FormView.values(input, errors)
        values["person"] = PersonHeading.values(person)
        values["outgoingLinks"] = Choices.of(
            live.filter { $0.status == .active }.map { (String($0.id), "\($0.trustedPersonName) (\($0.role.title))") }, selected: input["link"])
        values["candidates"] = .array(candidates.map { link in
            ["value": .string(String(link.trustedPersonID)), "title": .string(link.trustedPersonName), "role": .string(link.role.title),
             "isBackup": .bool(link.role == .backup), "checked": .bool(input["incoming"] == String(link.trustedPersonID))]
        })
        values["newPeople"] = Choices.of(
            everyone.filter { !inCircle.contains($0.id) && $0.leftRoleOn == nil && !away.contains($0.id) }.map { (String($0.id), $0.name) },
            selected: input["someone_new"])
        values["outcomes"] = Choices.of(OutgoingOutcome.self, selected: input["outcome"]) { $0.title }
        return try services.page("people/handover-form", title: "Plan a handover for \(person.preferredName)", context, values, status: status)
    }

    /// The handover page: its steps, the note, and the next step the user may record. The
    /// incoming person sees only whom it is about, the note, and their own acceptance.
    static func page(
        _ services: AppServices, _ context: RequestContext, _ handover: HandoverRecord, _ errors: FieldErrors = FieldErrors(),
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let user = try context.signedInUser
        let (person, relation) = try services.personalData.readHandover(handover, user: user, now: context.now)
        let policy = AccessPolicy()
        let coordinates = policy.mayRecordHandoverStep(user.roles, relation, to: .cancelled)
        var values = FormView.values(["note": context.form["note"].map(SubmittedForm.removingControlCharacters) ?? handover.note], errors)
        values["person"] = [
            "id": .string(String(person.id)), "name": .string(person.preferredName), "ref": .string(person.ref),
            "showLink": .bool(coordinates || handover.stage == .completed),
        ]
        values["handover"] = HandoverSummary.values(handover)
        values["fromRole"] = .string(handover.outgoingLink.role.title)
        values["fromNetwork"] = .bool(handover.fromNetwork)
        values["whySomeoneNew"] = .string(handover.whySomeoneNew)
        values["outcome"] = .string(handover.outgoingOutcome.title)
        values["note"] = .string(handover.note)
        values["isIncoming"] = .bool(relation.isIncomingPerson && !coordinates)
        values["agreed"] = try services.pool.read { db in try HandoverStore.agreement(handover, db) }.map { agreed in
            ["categories": .string(agreed.categories.map(\.title).joined(separator: ", ")), "words": .string(agreed.words)]
        } ?? .null
        values["steps"] = .array(HandoverStage.allCases.filter { $0 != .cancelled || handover.stage == .cancelled }.map { stage in
            let done = handover.steps.last { $0.stage == stage }
            return ["title": .string(stage.title), "done": .bool(done != nil), "by": TemplateValue(done?.by),
                    "at": TemplateValue(done.map { LondonTime.format($0.at) })]
        })
        let next = handover.stage.next.flatMap { policy.mayRecordHandoverStep(user.roles, relation, to: $0) ? $0 : nil }
        values["next"] = next.map { next in
            ["value": .string(next.rawValue), "title": .string(next.title), "needsNote": .bool(next == .noteWritten),
             "needsConsent": .bool(next == .agreed), "isFinal": .bool(next == .completed)]
        } ?? .null
        if next == .agreed { values["agreement"] = try agreementValues(services, context, handover) }
        values["canCancel"] = .bool(coordinates && !handover.stage.isFinished)
        if let bulk = handover.bulkHandoverID, coordinates { values["bulkPath"] = .string(Route.bulkHandover(BulkHandoverID(bulk)).path) }
        return try services.page("people/handover", title: "Handover for \(person.preferredName)", context, values, status: status)
    }
}
