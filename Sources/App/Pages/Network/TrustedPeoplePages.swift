import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// Coordinators keep the list of trusted persons (people and services), link them to
/// accounts, and when one leaves their role, hand over everyone they walk alongside.
enum TrustedPeoplePages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.trustedPeople) { context in
            let (people, away) = try services.pool.read { db in
                (try TrustedPersonStore.all(db), try AbsenceStore.current(today: LondonTime.today(context.now), db))
            }
            return try services.page("network/trusted-people", title: "Trusted persons", context, ["people": .array(people.map { person in
                guard case .dictionary(var fields) = listValue(person), let absence = away[person.id]?.absence else { return listValue(person) }
                fields["away"] = .string("\(absence.kind.title) until \(absence.expectedReturn.display)")
                return .dictionary(fields)
            })])
        }
        routes.get(.newTrustedPerson) { context in
            try form(services, context, nil, ["kind": "person", "paid": "paid"], FieldErrors())
        }
        routes.post(.trustedPeople) { context in
            try save(services, context, nil)
        }
        routes.get(Route.trustedPerson) { context, trusted in
            try detail(services, context, try find(services, context))
        }
        routes.post(Route.trustedPerson) { context, trusted in
            try save(services, context, try find(services, context))
        }
        routes.post(Route.trustedPersonLeaving) { context, trusted in
            try leave(services, context, try find(services, context))
        }
        BulkHandoverPages.register(in: &routes, services)
        AbsencePages.register(in: &routes, services)
    }

    static func find(_ services: AppServices, _ context: RequestContext) throws -> TrustedPersonRecord {
        let id = try context.parameter(TrustedPersonID.self).rawValue
        guard let person = try services.pool.read({ db in try TrustedPersonStore.find(id: id, db) }) else { throw AppError.notFound }
        return person
    }

    static func listValue(_ person: TrustedPersonRecord) -> TemplateValue {
        [
            "id": .string(String(person.id)), "path": .string(Route.trustedPerson(TrustedPersonID(person.id)).path),
            "paths": [
                "absence": .string(Route.trustedPersonAbsence(TrustedPersonID(person.id)).path),
                "return": .string(Route.trustedPersonReturn(TrustedPersonID(person.id)).path),
                "leave": .string(Route.trustedPersonLeaving(TrustedPersonID(person.id)).path),
            ],
            "name": .string(person.name), "kind": .string(person.kind.title),
            "organisation": TemplateValue(person.organisationName), "paid": .string(person.paid.title),
            "hasAccount": .bool(person.userID != nil), "activeLinks": .int(person.activeLinks),
            "leftRoleOn": TemplateValue(person.leftRoleOn?.display),
        ]
    }

    private static func save(_ services: AppServices, _ context: RequestContext, _ existing: TrustedPersonRecord?) throws -> HTTPResponse {
        let input = TrustedPersonForm.submitted(context.form)
        var shown = input.text
        var errors = input.controlCharacterErrors
        let decoded = try TrustedPersonForm.decode(
            input,
            organisationExists: { id in try services.pool.read { db in try OrganisationStore.find(id: id, db) != nil } },
            accountProblem: { id in
                try services.pool.read { db -> String? in
                    guard try UserStore.find(id: id, db) != nil else { return "Choose an account from the list." }
                    guard let other = try TrustedPersonStore.find(userID: id, db), other.id != existing?.id else { return nil }
                    return "That account already belongs to \(other.name)."
                }
            },
            into: &errors)
        if let decoded, existing == nil, let problem = try services.pool.read({ db in
            try decoded.questions.problem(newName: decoded.name, organisationID: decoded.organisationID, individualID: nil, db)
        }) {
            errors.add("name", problem.message)
            shown[problem.offer] = "yes"
        }
        if let decoded, errors.isEmpty, let existing, existing.name != decoded.name, let (ref, refusal) = try services.pool.read({ db in
            try UnsafeIdentityStore.renameRefusals(trustedPersonID: existing.id, newName: decoded.name, db).first
        }) {
            errors.add("name", "In \(ref)'s circle: " + UnsafeIdentity.importReason(refusal))
        }
        guard errors.isEmpty, let person = decoded else {
            return try form(services, context, existing, shown, errors, status: .unprocessableContent)
        }
        let id = try services.pool.write { db -> Int64 in
            if let existing {
                try TrustedPersonStore.update(
                    existing.id, name: person.name, kind: person.kind, organisationID: person.organisationID, paid: person.paid,
                    userID: person.userID, db)
                return existing.id
            }
            return try TrustedPersonStore.create(
                name: person.name, kind: person.kind, organisationID: person.organisationID, paid: person.paid, userID: person.userID,
                now: context.now, db)
        }
        return .redirect(to: Route.trustedPerson(TrustedPersonID(id)), notice: .trustedPersonSaved)
    }

    /// Why someone leaves for good; sickness and leave are absences instead (`AbsencePages`).
    static let leaveReasons: [EndReason] = [.leftRole, .other]

    private static func leave(_ services: AppServices, _ context: RequestContext, _ person: TrustedPersonRecord) throws -> HTTPResponse {
        let user = try context.signedInUser
        let input = LeavingForm.submitted(context.form)
        guard input.controlCharacterErrors.isEmpty else {
            return try detail(services, context, person, leaving: (input.text, input.controlCharacterErrors), status: .unprocessableContent)
        }
        let leaving = try LeavingForm.decode(input, allowed: leaveReasons)
        let (reason, note) = (leaving.reason, leaving.note)
        let today = LondonTime.today(context.now)
        guard Confirmation.isConfirmed(context) else { return try confirmLeaving(services, context, person, reason: reason) }
        let bulkID = try services.pool.write { db -> Int64 in
            let bulkID = try HandoverStore.createBulk(trustedPersonID: person.id, reason: reason, note: note, by: user.id, now: context.now, db)
            if reason == .leftRole { try TrustedPersonStore.markLeftRole(person.id, on: today, db) }
            for link in try TrustLinkStore.active(heldBy: person.id, db) where link.role == .backup || link.role == .trusted {
                try TrustLinkStore.end(link.id, on: today, reason: reason, by: user.id, now: context.now, db)
            }
            return bulkID
        }
        return .redirect(to: Route.bulkHandover(BulkHandoverID(bulkID)), notice: .bulkHandoverStarted)
    }

    /// The trusted person's page; `absence`, `training` and `leaving` bring back that form's
    /// input and errors, the errors also in the summary at the top.
    static func detail(
        _ services: AppServices, _ context: RequestContext, _ person: TrustedPersonRecord,
        absence: ([String: String], FieldErrors)? = nil, training: ([String: String], FieldErrors)? = nil,
        leaving: ([String: String], FieldErrors)? = nil, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let held = try services.pool.read { db in try TrustLinkStore.active(heldBy: person.id, db) }
        let links = try services.personalData.readEach(
            individualIDs: held.map(\.individualID), user: try context.signedInUser, now: context.now,
            reason: "Listed on \(person.name)'s page"
        ) { id, db, _ in try IndividualStore.find(id: id, db) }.compactMap { id, individual in
            held.first { $0.individualID == id }.map { ($0, individual) }
        }
        return try form(services, context, person, [
            "name": person.name, "kind": person.kind.rawValue, "paid": person.paid.rawValue,
            "organisation_id": person.organisationID.map(String.init) ?? "", "user_id": person.userID.map(String.init) ?? "",
        ], FieldErrors(), status: status, extra: sectionSummary(absence: absence, training: training, leaving: leaving).merging([
            "walksAlongside": .array(links.compactMap { link, individual in
                individual.map { ["id": .string(String($0.id)), "path": .string(Route.person(IndividualID($0.id)).path), "ref": .string($0.ref), "name": .string($0.preferredName), "role": .string(link.role.title)] }
            }),
            "leaveReasons": Choices.of(leaveReasons.map { ($0.rawValue, $0.title) }, selected: leaving?.0["reason"]),
            "leaving": .dictionary(FormView.values(leaving?.0 ?? [:], leaving?.1 ?? FieldErrors())),
            "absence": try AbsencePages.values(services, context, person, absence?.0, absence?.1 ?? FieldErrors()),
            "training": try TrainingPages.values(services, context, person, training?.0, training?.1 ?? FieldErrors()),
        ]) { $1 })
    }

    /// The summary at the top of the page for whichever lower form came back with errors.
    private static func sectionSummary(
        absence: ([String: String], FieldErrors)?, training: ([String: String], FieldErrors)?, leaving: ([String: String], FieldErrors)?
    ) -> [String: TemplateValue] {
        if let absence { return TrustedPersonSectionErrors.summary(absence.1, in: TrustedPersonSectionErrors.absence) }
        if let training { return TrustedPersonSectionErrors.summary(training.1, in: TrustedPersonSectionErrors.training) }
        if let leaving { return TrustedPersonSectionErrors.summary(leaving.1, in: TrustedPersonSectionErrors.leaving) }
        return [:]
    }

    private static func form(
        _ services: AppServices, _ context: RequestContext, _ existing: TrustedPersonRecord?, _ input: [String: String],
        _ errors: FieldErrors, status: HTTPStatus = .ok, extra: [String: TemplateValue] = [:]
    ) throws -> HTTPResponse {
        let (organisations, users) = try services.pool.read { db in (try OrganisationStore.all(db), try UserStore.all(db)) }
        var values = FormView.values(input, errors).merging(extra) { $1 }
        values["existing"] = existing.map(listValue) ?? .null
        values["action"] = .string((existing.map { Route.trustedPerson(TrustedPersonID($0.id)) } ?? .trustedPeople).path)
        values["kinds"] = Choices.of(TrustedPersonKind.self, selected: input["kind"]) { $0.title }
        values["paidChoices"] = Choices.of(PaidStatus.self, selected: input["paid"]) { $0.title }
        values["organisations"] = Choices.of(organisations.map { (String($0.id), $0.name) }, selected: input["organisation_id"])
        values["accounts"] = Choices.of(
            users.filter { $0.active && $0.roles.contains(.trustedPerson) || String($0.id) == input["user_id"] }
                .map { (String($0.id), "\($0.displayName) (\($0.email))") }, selected: input["user_id"])
        return try services.page(
            "network/trusted-person", title: existing?.name ?? "New trusted person", context, values, status: status)
    }
}
