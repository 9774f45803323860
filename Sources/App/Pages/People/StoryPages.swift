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
            return try storyForm(services, context, person, readable, ["told_on": LondonTime.today(context.now).iso, "category": "story"], FieldErrors())
        }
        routes.post(Route.story) { context, individual in
            try saveEntry(services, context, entryID: nil)
        }
        routes.get(Route.amendStoryEntry) { context, individual, entry in
            let (person, user, readable) = try prepare(services, context)
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
            guard let status = context.form["status"], PlanStore.stepStatuses.contains(status) else {
                throw AppError.badRequest("Choose to do, under way or done.")
            }
            try services.pool.write { db in
                try PlanStore.setStepStatus(stepID: stepID, individualID: person.id, status: status, by: user.id, now: context.now, db)
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
        let input = ["category": context.form["category"] ?? "", "told_on": (context.form["told_on"] ?? "").trimmingWhitespace(),
                     "body": (context.form["body"] ?? "").trimmingWhitespace()]
        var errors = FieldErrors()
        let category = InformationCategory(rawValue: input["category"]!)
        if category == nil {
            errors.add("category", "Choose what kind of information the entry holds.")
        } else if let category, !readable.contains(category) {
            errors.add("category", "The person has not agreed to share \(category.title.lowercased()) information with you, so you cannot record it.")
        }
        let toldOn = DateRules.required(input["told_on"]!, field: "told_on", today: LondonTime.today(context.now), into: &errors)
        if input["body"]!.isEmpty { errors.add("body", "Write what the person said, in their own words where you can.") }
        if input["body"]!.count > 10_000 { errors.add("body", "Keep the entry to 10,000 characters or fewer.") }
        guard errors.isEmpty, let category, let toldOn else {
            return try storyForm(services, context, person, readable, input, errors, entryID: entryID, status: .unprocessableContent)
        }
        try services.pool.write { db in
            if let entryID {
                guard let current = try StoryStore.category(ofEntry: entryID, individualID: person.id, db) else { throw AppError.notFound }
                guard readable.contains(current) else { throw AppError.forbidden }
                try StoryStore.amend(entryID: entryID, individualID: person.id, category: category, toldOn: toldOn, body: input["body"]!, by: user.id, now: context.now, db)
            } else {
                _ = try StoryStore.add(individualID: person.id, category: category, toldOn: toldOn, body: input["body"]!, by: user.id, now: context.now, db)
            }
        }
        return .redirect(to: Route.person(IndividualID(person.id)), notice: .storySaved, fragment: "story")
    }

    private static func savePlan(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let (person, user, readable) = try prepare(services, context)
        guard readable.contains(.plan) else { throw AppError.forbidden }
        let fields = ["goal_id", "goal", "step", "who", "due_on"]
        let input = Dictionary(uniqueKeysWithValues: fields.map { ($0, (context.form[$0] ?? "").trimmingWhitespace()) })
        var errors = FieldErrors()
        let goalID = Int64(input["goal_id"]!)
        if goalID == nil, input["goal"]!.isEmpty { errors.add("goal", "Write the goal in the person's own words, or choose an existing goal.") }
        if input["goal"]!.count > 1000 { errors.add("goal", "Keep the goal to 1,000 characters or fewer.") }
        if !input["step"]!.isEmpty, input["who"]!.isEmpty { errors.add("who", "Say who will do this step.") }
        if input["step"]!.isEmpty, goalID != nil { errors.add("step", "Say what the next step is.") }
        if input["step"]!.count > 500 { errors.add("step", "Keep the step to 500 characters or fewer.") }
        var dueOn: CalendarDate?
        if !input["due_on"]!.isEmpty {
            dueOn = CalendarDate(iso: input["due_on"]!)
            if dueOn == nil { errors.add("due_on", DateRules.formatMessage) }
        }
        guard errors.isEmpty else { return try planForm(services, context, person, input, errors, status: .unprocessableContent) }
        try services.pool.write { db in
            let goal = try goalID ?? PlanStore.addGoal(individualID: person.id, goal: input["goal"]!, by: user.id, now: context.now, db)
            if !input["step"]!.isEmpty {
                try PlanStore.addStep(goalID: goal, individualID: person.id, step: input["step"]!, who: input["who"]!, dueOn: dueOn, by: user.id, now: context.now, db)
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
        let user = try context.signedInUser
        let goals = try services.personalData.read(context, reason: "Opened the plan to add to it") { db, readable in
            try PlanStore.goals(person.id, readable, db) ?? []
        }
        var values = FormView.values(input, errors)
        values["person"] = PersonHeading.values(person)
        values["goals"] = Choices.of(goals.filter { $0.status == "active" }.map { (String($0.id), $0.goal) }, selected: input["goal_id"])
        return try services.page("people/plan-form", title: "Add to \(person.preferredName)'s plan", context, values, status: status)
    }
}
