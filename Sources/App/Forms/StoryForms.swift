import Domain

/// A story entry to add or amend, decoded from the story form.
struct StoryEntryForm: DecodedForm {
    static let fields = ["category", "told_on", "body"]

    let category: InformationCategory
    let toldOn: CalendarDate
    let body: String

    /// Decodes the form: a category the writer may read (you cannot write what you may not
    /// read back), a date, and the words.
    static func decode(
        _ input: SubmittedForm, today: CalendarDate, readable: Set<InformationCategory>, into errors: inout FieldErrors
    ) -> StoryEntryForm? {
        let category = InformationCategory(rawValue: input["category"])
        if category == nil {
            errors.add("category", "Choose what kind of information the entry holds.")
        } else if let category, !readable.contains(category) {
            errors.add("category", "The person has not agreed to share \(category.title.lowercased()) information with you, so you cannot record it.")
        }
        let toldOn = DateRules.required(input["told_on"], field: "told_on", today: today, into: &errors)
        if input["body"].isEmpty { errors.add("body", "Write what the person said, in their own words where you can.") }
        if input["body"].count > 10_000 { errors.add("body", "Keep the entry to 10,000 characters or fewer.") }
        guard errors.isEmpty, let category, let toldOn else { return nil }
        return StoryEntryForm(category: category, toldOn: toldOn, body: input["body"])
    }
}

/// A goal (new, or an existing one chosen) with an optional next step, decoded from the plan form.
struct PlanForm: DecodedForm {
    static let fields = ["goal_id", "goal", "step", "who", "due_on"]

    /// An existing goal, or the words of a new one.
    enum Goal {
        case existing(Int64)
        case new(String)
    }

    /// The next step, who does it and by when.
    struct Step {
        let text: String
        let who: String
        let dueOn: CalendarDate?
    }

    let goal: Goal
    let step: Step?

    static func decode(_ input: SubmittedForm, into errors: inout FieldErrors) -> PlanForm? {
        let goalID = Int64(input["goal_id"])
        if goalID == nil, input["goal"].isEmpty { errors.add("goal", "Write the goal in the person's own words, or choose an existing goal.") }
        if input["goal"].count > 1000 { errors.add("goal", "Keep the goal to 1,000 characters or fewer.") }
        if !input["step"].isEmpty, input["who"].isEmpty { errors.add("who", "Say who will do this step.") }
        if input["step"].isEmpty, goalID != nil { errors.add("step", "Say what the next step is.") }
        if input["step"].count > 500 { errors.add("step", "Keep the step to 500 characters or fewer.") }
        var dueOn: CalendarDate?
        if !input["due_on"].isEmpty {
            dueOn = CalendarDate(typed: input["due_on"])
            if dueOn == nil { errors.add("due_on", DateRules.formatMessage) }
        }
        guard errors.isEmpty else { return nil }
        return PlanForm(
            goal: goalID.map(Goal.existing) ?? .new(input["goal"]),
            step: input["step"].isEmpty ? nil : Step(text: input["step"], who: input["who"], dueOn: dueOn))
    }
}
