import Domain
import Foundation
import HTTP
import TemplateEngine

/// The person adding to their own story and plan, in their own words, on their own pages
/// (issue 15: "I have one plan – my own plan"). What they write is marked as theirs, here and
/// on their record. Only ever their own record: it is found from their account.
enum MyWordsPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.post(.myStory) { context in
            let person = try MyPages.mine(services, context)
            let user = try context.signedInUser
            let input = MyStoryForm.submitted(context.form)
            var errors = input.controlCharacterErrors
            guard let words = MyStoryForm.decode(input, into: &errors) else {
                return try story(services, context, input.text, errors, status: .unprocessableContent)
            }
            try services.pool.write { db in
                _ = try StoryStore.add(
                    individualID: person.id, category: .story, toldOn: context.today, body: words.body, by: user.id, now: context.now,
                    byThePerson: true, db)
            }
            return .redirect(to: .myStory, notice: .ownWordsSaved)
        }
        routes.post(.myPlan) { context in
            let person = try MyPages.mine(services, context)
            let user = try context.signedInUser
            let input = MyPlanForm.submitted(context.form)
            let goals = try services.pool.read { db in try PlanStore.activeGoalIDs(person.id, db) }
            var errors = input.controlCharacterErrors
            guard let added = MyPlanForm.decode(input, goals: goals, into: &errors) else {
                return try plan(services, context, input.text, errors, status: .unprocessableContent)
            }
            try services.pool.write { db in
                let goalID: Int64
                switch added.goal {
                case .existing(let id): goalID = id
                case .new(let words): goalID = try PlanStore.addGoal(individualID: person.id, goal: words, by: user.id, now: context.now, byThePerson: true, db)
                }
                if let step = added.step {
                    try PlanStore.addStep(
                        goalID: goalID, individualID: person.id, step: step.text, who: step.who, dueOn: nil, by: user.id, now: context.now,
                        byThePerson: true, db)
                }
            }
            return .redirect(to: .myPlan, notice: .ownWordsSaved)
        }
    }

    /// The person's story, with the form to add to it (`input` and `errors` kept when refused).
    static func story(
        _ services: AppServices, _ context: RequestContext, _ input: [String: String], _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        try MyPages.page(services, context, "me/story", "My story", status: status) { person, db, readable in
            let story = try StoryStore.entries(person.id, readable, db)
            return FormView.values(input, errors).merging(["story": .array(story.shown.map { SharingView.entry($0) })]) { $1 }
        }
    }

    /// The person's plan, with the form to add a goal or a step (`input` and `errors` kept when refused).
    static func plan(
        _ services: AppServices, _ context: RequestContext, _ input: [String: String], _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        try MyPages.page(services, context, "me/plan", "My plan", status: status) { person, db, readable in
            let goals = try PlanStore.goals(person.id, readable, db) ?? []
            let active = goals.filter { $0.status == "active" }
            return FormView.values(input, errors).merging([
                "plan": .array(goals.map { SharingView.goal($0) }),
                "goalChoices": Choices.of(active.map { (String($0.id), $0.goal) }, selected: input["goal_id"]),
                "hasGoals": .bool(!active.isEmpty),
            ]) { $1 }
        }
    }
}
