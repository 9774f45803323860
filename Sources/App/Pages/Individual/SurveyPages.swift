import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The half-yearly experience survey in the app. The person answers it on their own pages,
/// one question per screen, without JavaScript: each screen posts every answer so far (earlier
/// ones in hidden fields) and nothing is stored until the last screen's "Save my answers".
/// Their trusted person or a coordinator can record it with them on one page from the record.
/// Answers are kept under `story` (README, "Experience survey"): recording needs `story` to be
/// shared with you, as writing the story does; only aggregates reach the report.
enum SurveyPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.mySurvey) { context in
            let (person, user) = try mine(services, context)
            let surveys = try services.personalData.read(
                individualID: person.id, user: user, now: context.now, reason: "The person looked at their own page: My survey"
            ) { db, readable in try SurveyStore.surveys(person.id, readable, db) ?? [] }
            let due = ExperienceSurvey.isDue(lastAnsweredOn: surveys.first?.survey.answeredOn, today: LondonTime.today(context.now))
            return try services.page("me/survey", title: "How is your support going?", context, [
                "person": PersonHeading.values(person), "due": .bool(due), "surveys": .array(surveys.map(SurveyView.stored)), "hasSurveys": .bool(!surveys.isEmpty),
                "action": .string(Route.mySurvey.path), "back": .string(Route.me.path),
            ])
        }
        routes.post(.mySurvey) { context in
            try answerStep(services, context)
        }
        routes.get(Route.personSurvey) { context, individual in
            let person = try services.personalData.person(context)
            let today = LondonTime.today(context.now)
            return try staffForm(services, context, person, ["answered_on": today.typedText], FieldErrors())
        }
        routes.post(Route.personSurvey) { context, individual in
            let person = try services.personalData.person(context)
            let user = try context.signedInUser
            let today = LondonTime.today(context.now)
            guard try context.individualAccess.readableCategories.contains(.story) else { throw AppError.forbidden }
            let input = StaffSurveyForm.submitted(context.form)
            var errors = input.controlCharacterErrors
            guard let answered = StaffSurveyForm.decode(input, today: today, into: &errors) else {
                return try staffForm(services, context, person, input.text, errors, status: .unprocessableContent)
            }
            _ = try services.pool.write { db in
                try SurveyStore.save(answered.survey, individualID: person.id, with: .supported, by: user.id, now: context.now, db)
            }
            return .redirect(to: Route.person(IndividualID(person.id)), notice: .surveySaved, fragment: "survey")
        }
    }

    /// One screen of the person's survey: `go` is `start`, `next`, `back` or `save`; `step` the
    /// question just shown. A bad answer is shown again on its own screen with the message.
    private static func answerStep(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let (person, user) = try mine(services, context)
        let questions = SurveyQuestion.allCases
        let go = context.form["go"] ?? "start"
        let input = go == "start" ? [:] : SurveyView.input { context.form[$0] }
        let shown = min(max(Int(context.form["step"] ?? "") ?? 0, 0), questions.count - 1)
        let today = LondonTime.today(context.now)
        var errors = FieldErrors()
        let answered = MySurveyForm.decode(input, today: today, into: &errors)
        if let first = errors.entries.first, let bad = questions.firstIndex(where: { $0.rawValue == first.field }) {
            return try step(services, context, person, bad, input, errors, status: .unprocessableContent)
        }
        switch go {
        case "start": return try step(services, context, person, 0, input, FieldErrors())
        case "back": return try step(services, context, person, max(shown - 1, 0), input, FieldErrors())
        case "next" where shown < questions.count - 1: return try step(services, context, person, shown + 1, input, FieldErrors())
        default:
            guard let answered else { throw AppError.badRequest("The answers could not be read.") }
            _ = try services.pool.write { db in
                try SurveyStore.save(answered.survey, individualID: person.id, with: .self, by: user.id, now: context.now, db)
            }
            return .redirect(to: .mySurvey, notice: .mySurveySaved)
        }
    }

    private static func step(
        _ services: AppServices, _ context: RequestContext, _ person: IndividualRecord, _ index: Int, _ input: [String: String],
        _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let questions = SurveyQuestion.allCases
        let question = questions[index]
        var values = FormView.values(input, errors)
        values["person"] = PersonHeading.values(person)
        values["action"] = .string(Route.mySurvey.path)
        values["step"] = .int(index)
        values["number"] = .int(index + 1)
        values["total"] = .int(questions.count)
        values["name"] = .string(question.rawValue)
        values["wording"] = .string(question.wording)
        values["isScale"] = .bool(!question.isYesNo)
        values["error"] = TemplateValue(errors[question.rawValue])
        values["choices"] = SurveyView.choices(question, selected: input[question.rawValue] ?? "")
        values["hidden"] = SurveyView.hidden(input, except: question)
        values["first"] = .bool(index == 0)
        values["last"] = .bool(index == questions.count - 1)
        return try services.page(
            "me/survey-step", title: "Question \(index + 1) of \(questions.count)", context, values, status: status)
    }

    private static func staffForm(
        _ services: AppServices, _ context: RequestContext, _ person: IndividualRecord, _ input: [String: String],
        _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let earlier = try services.personalData.read(context, reason: "Opened the experience survey to record it with the person") {
            db, readable in try SurveyStore.surveys(person.id, readable, db)
        }
        guard let earlier else { throw AppError.forbidden }
        var values = FormView.values(input, errors)
        values["person"] = PersonHeading.values(person)
        values["action"] = .string(Route.personSurvey(IndividualID(person.id)).path)
        values["back"] = .string(Route.person(IndividualID(person.id)).path)
        values["questions"] = SurveyView.questions(input, errors)
        values["surveys"] = .array(earlier.map(SurveyView.stored))
        values["hasSurveys"] = .bool(!earlier.isEmpty)
        return try services.page(
            "people/survey-form", title: "Experience survey with \(person.preferredName)", context, values, status: status)
    }

    private static func mine(_ services: AppServices, _ context: RequestContext) throws -> (IndividualRecord, CurrentUser) {
        let user = try context.signedInUser
        guard let person = try services.pool.read({ db in try IndividualStore.find(userID: user.id, db) }) else {
            throw AppError.notFound
        }
        return (person, user)
    }
}
