import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The system barriers register (PRODUCT.md): what blocks people, who raised it, and how it
/// moves from raised through an action plan and escalation to resolved, or closed unresolved.
/// Barriers hold no individual's information.
enum BarrierPages {

    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.barriers) { context in
            try BarrierRegisterPage.list(services, context)
        }
        routes.get(.newBarrier) { context in
            try form(services, context, ["raised_on": LondonTime.today(context.now).typedText], FieldErrors())
        }
        routes.post(.barriers) { context in
            let input = NewBarrierForm.submitted(context.form)
            let ticked = context.form.values(NewBarrierForm.organisationField)
            let existing = try services.pool.read { db in try BarrierStore.existingOrganisations(NewBarrierForm.organisationIDs(ticked), db) }
            var errors = input.controlCharacterErrors
            guard let raised = NewBarrierForm.decode(input, ticked: ticked, existing: existing, today: LondonTime.today(context.now), into: &errors)
            else {
                return try form(services, context, input.text, errors, status: .unprocessableContent, chosen: Set(ticked))
            }
            let user = try context.signedInUser
            let id = try services.pool.write { db in
                try BarrierStore.create(raised.barrier, organisationIDs: raised.organisationIDs, by: user.id, now: context.now, db)
            }
            return .redirect(to: Route.barrier(BarrierID(id)), notice: .barrierSaved)
        }
        routes.get(Route.barrier) { context, barrier in
            try detail(services, context, try find(services, context), FieldErrors())
        }
        routes.post(Route.barrier) { context, barrier in
            let barrier = try find(services, context)
            let input = BarrierChangeForm.submitted(context.form)
            var errors = input.controlCharacterErrors
            guard let step = BarrierChangeForm.decode(
                input, from: barrier.status, currentLevel: barrier.level, raisedOn: barrier.raisedOn,
                today: LondonTime.today(context.now), into: &errors)
            else { return try detail(services, context, barrier, errors, status: .unprocessableContent) }
            let user = try context.signedInUser
            try services.pool.write { db in try BarrierStore.change(barrier.id, step.change, by: user.id, now: context.now, db) }
            return .redirect(to: Route.barrier(BarrierID(barrier.id)), notice: .barrierSaved)
        }
    }

    private static func find(_ services: AppServices, _ context: RequestContext) throws -> BarrierRecord {
        let id = try context.parameter(BarrierID.self).rawValue
        guard let barrier = try services.pool.read({ db in try BarrierStore.find(id: id, db) }) else { throw AppError.notFound }
        return barrier
    }

    static func summary(_ barrier: BarrierRecord) -> TemplateValue {
        [
            "id": .string(String(barrier.id)), "path": .string(Route.barrier(BarrierID(barrier.id)).path), "ref": .string(barrier.ref), "title": .string(barrier.title),
            "category": .string(barrier.category.title), "raisedOn": .string(barrier.raisedOn.display),
            "status": .string(barrier.status.title), "finished": .bool(barrier.status.isFinished),
            "level": TemplateValue(barrier.level?.title), "resolvedOn": TemplateValue(barrier.resolvedOn?.display),
            "organisations": .string(barrier.organisations), "raisedBy": TemplateValue(barrier.raisedBy),
            "description": .string(barrier.description), "peopleAffected": TemplateValue(barrier.peopleAffected.map(String.init)),
            "whatChanged": .string(barrier.whatChanged), "inStatusSince": .string(barrier.inStatusSince.display),
            "partners": .string(barrier.partnerOrganisations.joined(separator: ", ")),
        ]
    }

    private static func detail(
        _ services: AppServices, _ context: RequestContext, _ barrier: BarrierRecord, _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let history = try services.pool.read { db in try BarrierStore.history(barrier.id, db) }
        let typed = { (name: String) in context.form[name].map(SubmittedForm.removingControlCharacters) }
        var values = FormView.values(
            ["status": typed("status") ?? "", "on": typed("on") ?? LondonTime.today(context.now).typedText,
             "level": typed("level") ?? "", "note": typed("note") ?? "", "what_changed": typed("what_changed") ?? ""],
            errors)
        values["barrier"] = summary(barrier)
        values["nextStatuses"] = .array(barrier.status.next.map { next in
            ["value": .string(next.rawValue), "title": .string(next == .raised ? "Reopen" : next.title),
             "selected": .bool(context.form["status"] == next.rawValue)]
        })
        values["levels"] = Choices.of(
            BarrierLevel.allCases.filter { level in barrier.level.map { level > $0 } ?? true }.map { ($0.rawValue, $0.title) },
            selected: context.form["level"] ?? barrier.level?.above?.rawValue)
        values["history"] = .array(history.map { event in
            ["status": .string(event.status.title), "level": TemplateValue(event.level?.title), "note": .string(event.note),
             "by": TemplateValue(event.by), "at": .string(LondonTime.format(event.at)),
             "atISO": .string(LondonTime.machine(event.at))]
        })
        return try services.page("barriers/detail", title: "\(barrier.ref): \(barrier.title)", context, values, status: status)
    }

    private static func form(
        _ services: AppServices, _ context: RequestContext, _ input: [String: String], _ errors: FieldErrors, status: HTTPStatus = .ok,
        chosen: Set<String> = []
    ) throws -> HTTPResponse {
        var values = FormView.values(input, errors)
        let organisations = try services.pool.read { db in try OrganisationStore.all(db) }
        values["organisationChoices"] = .array(organisations.map { organisation in
            ["value": .string(String(organisation.id)), "title": .string(organisation.name),
             "checked": .bool(chosen.contains(String(organisation.id)))]
        })
        values["categories"] = Choices.of(BarrierCategory.self, selected: input["category"]) { $0.title }
        values["levels"] = Choices.of(BarrierLevel.self, selected: input["level"]) { $0.title }
        return try services.page("barriers/new", title: "Raise a system barrier", context, values, status: status)
    }
}
