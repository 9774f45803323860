import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// Writing the story told once and the plan: coordinators, and trusted persons while linked,
/// in the categories they may read (you cannot write what you may not read back). Amending an
/// entry adds a version; the earlier ones stay.
enum StoryPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(Route.newStoryEntry) { context, individual in
            let (person, _, readable) = try prepare(services, context)
            return try storyForm(services, context, person, readable, ["told_on": LondonTime.today(context.now).typedText, "category": "story"], FieldErrors())
        }
        routes.post(Route.story) { context, individual in
            try saveEntry(services, context, entryID: nil)
        }
        routes.get(Route.amendStoryEntry) { context, individual, entry in
            let (person, _, readable) = try prepare(services, context)
            let entryID = try context.parameter(StoryEntryID.self).rawValue
            let entry = try services.personalData.read(context, reason: "Opened a story entry to amend it") { db, token in
                try StoryStore.entries(person.id, token, db).shown.first { $0.latest.entryID == entryID }
            }
            guard let entry else { throw AppError.notFound }
            return try storyForm(services, context, person, readable, [
                "category": entry.latest.category.rawValue, "told_on": entry.latest.toldOn.iso, "body": entry.latest.body,
            ], FieldErrors(), entryID: entryID)
        }
        routes.post(Route.amendStoryEntry) { context, individual, entry in
            try saveEntry(services, context, entryID: try context.parameter(StoryEntryID.self).rawValue)
        }
        routes.get(Route.newPlanGoal) { context, individual in
            let (person, _, readable) = try prepare(services, context)
            guard readable.contains(.plan) else { throw AppError.forbidden }
            return try planForm(services, context, person, [:], FieldErrors())
        }
        routes.post(Route.plan) { context, individual in
            try savePlan(services, context)
        }
        routes.post(Route.planStep) { context, individual, step in
            let (person, user, readable) = try prepare(services, context)
            guard readable.contains(.plan) else { throw AppError.forbidden }
            let stepID = try context.parameter(PlanStepID.self).rawValue
            guard let change = PlanStepStatusForm.decode(context.form, allowed: PlanStore.stepStatuses) else {
                throw AppError.badRequest("Choose to do, under way or done.")
            }
            try services.pool.write { db in
                try PlanStore.setStepStatus(stepID: stepID, individualID: person.id, status: change.status, by: user.id, now: context.now, db)
            }
            return .redirect(to: Route.person(IndividualID(person.id)), notice: .planSaved, fragment: "plan")
        }
    }

    static func prepare(_ services: AppServices, _ context: RequestContext) throws -> (IndividualRecord, CurrentUser, Set<InformationCategory>) {
        let person = try services.personalData.person(context)
        let user = try context.signedInUser
        let readable = try context.individualAccess.readableCategories
        return (person, user, readable)
    }

    private static func saveEntry(_ services: AppServices, _ context: RequestContext, entryID: Int64?) throws -> HTTPResponse {
        let (person, user, readable) = try prepare(services, context)
        let input = StoryEntryForm.submitted(context.form)
        var errors = input.controlCharacterErrors
        guard let entry = StoryEntryForm.decode(input, today: context.today, readable: readable, into: &errors) else {
            return try storyForm(services, context, person, readable, input.text, errors, entryID: entryID, status: .unprocessableContent)
        }
        try services.pool.write { db in
            if let entryID {
                guard let current = try StoryStore.category(ofEntry: entryID, individualID: person.id, db) else { throw AppError.notFound }
                guard readable.contains(current) else { throw AppError.forbidden }
                try StoryStore.amend(
                    entryID: entryID, individualID: person.id, category: entry.category, toldOn: entry.toldOn, body: entry.body, by: user.id,
                    now: context.now, db)
            } else {
                _ = try StoryStore.add(
                    individualID: person.id, category: entry.category, toldOn: entry.toldOn, body: entry.body, by: user.id, now: context.now, db)
            }
        }
        return .redirect(to: Route.person(IndividualID(person.id)), notice: .storySaved, fragment: "story")
    }

    private static func savePlan(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let (person, user, readable) = try prepare(services, context)
        guard readable.contains(.plan) else { throw AppError.forbidden }
        let input = PlanForm.submitted(context.form)
        var errors = input.controlCharacterErrors
        guard let plan = PlanForm.decode(input, into: &errors) else {
            return try planForm(services, context, person, input.text, errors, status: .unprocessableContent)
        }
        try services.pool.write { db in
            let goal: Int64
            switch plan.goal {
            case .existing(let id): goal = id
            case .new(let words): goal = try PlanStore.addGoal(individualID: person.id, goal: words, by: user.id, now: context.now, db)
            }
            if let step = plan.step {
                try PlanStore.addStep(
                    goalID: goal, individualID: person.id, step: step.text, who: step.who, dueOn: step.dueOn, by: user.id, now: context.now, db)
            }
        }
        return .redirect(to: Route.person(IndividualID(person.id)), notice: .planSaved, fragment: "plan")
    }

    private static func storyForm(
        _ services: AppServices, _ context: RequestContext, _ person: IndividualRecord, _ readable: Set<InformationCategory>,
        _ input: [String: String], _ errors: FieldErrors, entryID: Int64? = nil, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        var values = FormView.values(input, errors)
        values["person"] = PersonHeading.values(person)
        values["action"] = .string((entryID.map { Route.amendStoryEntry(IndividualID(person.id), StoryEntryID($0)) } ?? .story(IndividualID(person.id))).path)
        values["categories"] = Choices.of(
            InformationCategory.allCases.filter(readable.contains).map { ($0.rawValue, $0.title) }, selected: input["category"])
        values["amending"] = .bool(entryID != nil)
        return try services.page(
            "people/story-form", title: entryID == nil ? "Add to \(person.preferredName)'s story" : "Amend a story entry", context, values,
            status: status)
    }

    private static func planForm(
        _ services: AppServices, _ context: RequestContext, _ person: IndividualRecord, _ input: [String: String], _ errors: FieldErrors,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        _ = try context.signedInUser
        let goals = try services.personalData.read(context, reason: "Opened the plan to add to it") { db, readable in
            try PlanStore.goals(person.id, readable, db) ?? []
        }
        var values = FormView.values(input, errors)
        values["person"] = PersonHeading.values(person)
        values["goals"] = Choices.of(goals.filter { $0.status == "active" }.map { (String($0.id), $0.goal) }, selected: input["goal_id"])
        return try services.page("people/plan-form", title: "Add to \(person.preferredName)'s plan", context, values, status: status)
    }
}
