import Domain
import Foundation
import HTTP
import TemplateEngine

/// The questions people ask about someone in their circle of trust, from their own pages: the
/// caseload lists the unanswered ones (whose, about whom, when: no words), and the person's
/// questions page shows their words, read through the personal-data door, where a coordinator
/// marks each answered with what they said or did.
enum CircleQuestionPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(Route.circleQuestions) { context, individual in
            try page(services, context, FieldErrors(), answering: nil)
        }
        routes.post(Route.answerCircleQuestion) { context, individual, question in
            let person = try services.personalData.person(context)
            let user = try context.signedInUser
            let input = CircleAnswerForm.submitted(context.form)
            var errors = input.controlCharacterErrors
            guard let answer = CircleAnswerForm.decode(input, into: &errors) else {
                return try page(services, context, errors, answering: (question.rawValue, input.text), status: .unprocessableContent)
            }
            try services.pool.write { db in
                try CircleQuestionStore.answer(question.rawValue, individualID: person.id, answer: answer.answer, by: user.id, now: context.now, db)
            }
            return .redirect(to: Route.circleQuestions(IndividualID(person.id)), notice: .questionAnswered)
        }
    }

    /// The caseload's list of unanswered questions: whose, about whom, when, and where to read them.
    static func listed(_ questions: [CircleQuestion]) -> TemplateValue {
        .array(questions.map { question in
            [
                "name": .string(question.personName), "ref": .string(question.personRef), "about": .string(question.trustedPersonName),
                "at": .string(LondonTime.format(question.askedAt)), "atISO": .string(ISO8601DateFormatter().string(from: question.askedAt)),
                "path": .string(Route.circleQuestions(IndividualID(question.individualID)).path),
            ]
        })
    }

    /// The person's questions page; `answering` keeps a rejected answer beside its question.
    private static func page(
        _ services: AppServices, _ context: RequestContext, _ errors: FieldErrors, answering: (id: Int64, input: [String: String])?,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let person = try services.personalData.person(context)
        let questions = try services.personalData.read(context, reason: "Read the person's questions about their circle") { db, _ in
            try CircleQuestionStore.forIndividual(person.id, db)
        }
        var values = FormView.values(answering?.input ?? [:], errors)
        values["person"] = PersonHeading.values(person)
        values["questions"] = .array(questions.map { question in
            let isAnswering = answering?.id == question.id
            return [
                "id": .string(String(question.id)), "about": .string(question.trustedPersonName), "words": .string(question.words),
                "at": .string(LondonTime.format(question.askedAt)), "answered": .bool(question.answeredAt != nil),
                "answeredAt": TemplateValue(question.answeredAt.map(LondonTime.format)), "answeredBy": TemplateValue(question.answeredBy),
                "answer": .string(question.answer), "answering": .bool(isAnswering),
                "path": .string(Route.answerCircleQuestion(IndividualID(person.id), CircleQuestionID(question.id)).path),
            ]
        })
        return try services.page("people/questions", title: "\(person.preferredName)'s questions about their circle", context, values, status: status)
    }
}
