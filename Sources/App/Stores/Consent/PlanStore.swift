import Domain
import Foundation
import SQLite

/// The individual's plan: goals in their own words, each with steps.
struct PlanGoal: Sendable {
    let id: Int64
    let goal: String
    let status: String
    let steps: [PlanStep]
    /// Whether the person wrote this goal themselves, on their own page.
    let byThePerson: Bool
}

/// A step towards a goal: what, who does it, by when, and how far along.
struct PlanStep: Sendable {
    let id: Int64
    let step: String
    let who: String
    let dueOn: CalendarDate?
    let status: String
    /// Whether the person wrote this step themselves, on their own page.
    var byThePerson = false
}

/// SQL for the plan (category `plan`).
enum PlanStore {
    static let goalStatuses = ["active", "achieved", "set-aside"]
    static let stepStatuses = ["to-do", "doing", "done"]

    static func addGoal(individualID: Int64, goal: String, by userID: Int64?, now: Date, byThePerson: Bool = false, _ db: Database) throws -> Int64 {
        try db.execute(
            "INSERT INTO plan_goals (individual_id, goal, status, created_by, created_at, by_the_person) VALUES (?, ?, 'active', ?, ?, ?)",
            individualID, goal, userID, now, byThePerson)
        try IndividualStore.touch(individualID, now: now, db)
        return db.lastInsertRowID
    }

    static func addStep(
        goalID: Int64, individualID: Int64, step: String, who: String, dueOn: CalendarDate?, by userID: Int64?, now: Date,
        byThePerson: Bool = false, _ db: Database
    ) throws {
        guard try goalBelongs(goalID, individualID, db) else { throw AppError.notFound }
        try db.execute(
            "INSERT INTO plan_steps (goal_id, step, who, due_on, status, updated_by, updated_at, by_the_person) VALUES (?, ?, ?, ?, 'to-do', ?, ?, ?)",
            goalID, step, who, dueOn?.iso, userID, now, byThePerson)
        try IndividualStore.touch(individualID, now: now, db)
    }

    static func setStepStatus(stepID: Int64, individualID: Int64, status: String, by userID: Int64?, now: Date, _ db: Database) throws {
        try db.execute(
            """
            UPDATE plan_steps SET status = ?, updated_by = ?, updated_at = ?
            WHERE id = ? AND goal_id IN (SELECT id FROM plan_goals WHERE individual_id = ?)
            """, status, userID, now, stepID, individualID)
        guard db.changes == 1 else { throw AppError.notFound }
        try IndividualStore.touch(individualID, now: now, db)
    }

    /// The plan, if the reader may see the `plan` category.
    static func goals(_ individualID: Int64, _ readable: Readable, _ db: Database) throws -> [PlanGoal]? {
        guard readable.allows(.plan) else { return nil }
        return try db.query("SELECT * FROM plan_goals WHERE individual_id = ? ORDER BY status = 'active' DESC, id", individualID).map { goal in
            let id: Int64 = try goal.get("id")
            let steps = try db.query("SELECT * FROM plan_steps WHERE goal_id = ? ORDER BY due_on IS NULL, due_on, id", id).map { row in
                PlanStep(id: try row.get("id"), step: try row.get("step"), who: try row.get("who"),
                         dueOn: try IndividualStore.date(row, "due_on"), status: try row.get("status"), byThePerson: try row.get("by_the_person"))
            }
            return PlanGoal(
                id: id, goal: try goal.get("goal"), status: try goal.get("status"), steps: steps, byThePerson: try goal.get("by_the_person"))
        }
    }

    /// The next unfinished step of each individual in `ids` (for "people I walk alongside"),
    /// only for those whose plan the reader may see.
    static func nextStep(_ individualID: Int64, _ readable: Readable, _ db: Database) throws -> PlanStep? {
        guard readable.allows(.plan) else { return nil }
        return try db.queryOne(
            """
            SELECT s.* FROM plan_steps s JOIN plan_goals g ON g.id = s.goal_id
            WHERE g.individual_id = ? AND g.status = 'active' AND s.status != 'done' ORDER BY s.due_on IS NULL, s.due_on, s.id LIMIT 1
            """, individualID
        ).map { row in
            PlanStep(id: try row.get("id"), step: try row.get("step"), who: try row.get("who"),
                     dueOn: try IndividualStore.date(row, "due_on"), status: try row.get("status"))
        }
    }

    /// The ids of the individual's active goals (to check a goal chosen on a form is theirs).
    static func activeGoalIDs(_ individualID: Int64, _ db: Database) throws -> Set<Int64> {
        Set(try db.query("SELECT id FROM plan_goals WHERE individual_id = ? AND status = 'active'", individualID).map { try $0.get("id") })
    }

    private static func goalBelongs(_ goalID: Int64, _ individualID: Int64, _ db: Database) throws -> Bool {
        let found: Int? = try db.scalar("SELECT 1 FROM plan_goals WHERE id = ? AND individual_id = ?", goalID, individualID)
        return found != nil
    }
}
