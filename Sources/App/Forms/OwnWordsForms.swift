import Domain

/// Something the person adds to their own story, in their own words.
struct MyStoryForm: DecodedForm {
    static let fields = ["body"]

    let body: String

    /// Decodes the form: some words, at most 10,000 characters.
    static func decode(_ input: SubmittedForm, into errors: inout FieldErrors) -> MyStoryForm? {
        if input["body"].isEmpty { errors.add("body", "Write what you want to add.") }
        if input["body"].count > 10_000 { errors.add("body", "Keep this to 10,000 characters or fewer.") }
        guard errors.isEmpty else { return nil }
        return MyStoryForm(body: input["body"])
    }
}

/// Something the person adds to their own plan: a new goal in their words, or a next step
/// towards one of their goals (`goal_id`), which they will do themselves unless they say who.
struct MyPlanForm: DecodedForm {
    static let fields = ["goal_id", "goal", "step", "who"]

    let goal: PlanForm.Goal
    let step: PlanForm.Step?

    /// Decodes the form: `goals` are the ids of the person's own active goals.
    static func decode(_ input: SubmittedForm, goals: Set<Int64>, into errors: inout FieldErrors) -> MyPlanForm? {
        var existing: Int64?
        if !input["goal_id"].isEmpty {
            existing = Int64(input["goal_id"]).flatMap { goals.contains($0) ? $0 : nil }
            if existing == nil { errors.add("goal_id", "Choose one of your goals, or write a new one.") }
        } else if input["goal"].isEmpty {
            errors.add("goal", "Write your goal in your own words.")
        }
        if input["goal"].count > 1000 { errors.add("goal", "Keep your goal to 1,000 characters or fewer.") }
        if !input["goal_id"].isEmpty, input["step"].isEmpty { errors.add("step", "Write the next step.") }
        if input["step"].count > 500 { errors.add("step", "Keep the step to 500 characters or fewer.") }
        if input["who"].count > 200 { errors.add("who", "Keep this to 200 characters or fewer.") }
        guard errors.isEmpty else { return nil }
        let step = input["step"].isEmpty ? nil : PlanForm.Step(text: input["step"], who: input["who"].isEmpty ? "Me" : input["who"], dueOn: nil)
        return MyPlanForm(goal: existing.map(PlanForm.Goal.existing) ?? .new(input["goal"]), step: step)
    }
}

/// The person's question about someone in their circle, with optional words.
struct CircleQuestionForm: DecodedForm {
    static let fields = ["words"]

    let words: String

    /// Decodes the form: words are optional, at most 1,000 characters.
    static func decode(_ input: SubmittedForm, into errors: inout FieldErrors) -> CircleQuestionForm? {
        if input["words"].count > 1000 { errors.add("words", "Keep this to 1,000 characters or fewer.") }
        guard errors.isEmpty else { return nil }
        return CircleQuestionForm(words: input["words"])
    }
}

/// A coordinator marking the person's question answered, with what they said or did.
struct CircleAnswerForm: DecodedForm {
    static let fields = ["answer"]

    let answer: String

    /// Decodes the form: what was said or done, 1 to 1,000 characters.
    static func decode(_ input: SubmittedForm, into errors: inout FieldErrors) -> CircleAnswerForm? {
        if input["answer"].isEmpty { errors.add("answer", "Say what you said to the person or what you did.") }
        if input["answer"].count > 1000 { errors.add("answer", "Keep this to 1,000 characters or fewer.") }
        guard errors.isEmpty else { return nil }
        return CircleAnswerForm(answer: input["answer"])
    }
}
