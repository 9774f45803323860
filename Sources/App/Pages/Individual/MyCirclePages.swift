import Domain
import Foundation
import HTTP
import TemplateEngine

/// The person's circle of trust on their own page, where they can say "yes, I trust them" or
/// question someone in it. A question (with optional words) goes to the coordinators, who see
/// it on their caseload. Only links of the person's own record can be confirmed or questioned.
enum MyCirclePages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.post(Route.confirmMyLink) { context, link in
            let person = try MyPages.mine(services, context)
            let user = try context.signedInUser
            try services.pool.write { db in
                guard let found = try TrustLinkStore.find(id: link.rawValue, db), found.individualID == person.id, found.status != .ended else {
                    throw AppError.notFound
                }
                try TrustLinkStore.confirm(found.id, by: user.id, now: context.now, db)
            }
            return .redirect(to: .myCircle, notice: .linkConfirmedByYou)
        }
        routes.get(Route.questionMyLink) { context, link in
            try questionForm(services, context, link, [:], FieldErrors())
        }
        routes.post(Route.questionMyLink) { context, link in
            let person = try MyPages.mine(services, context)
            let user = try context.signedInUser
            let input = CircleQuestionForm.submitted(context.form)
            var errors = input.controlCharacterErrors
            guard let question = CircleQuestionForm.decode(input, into: &errors) else {
                return try questionForm(services, context, link, input.text, errors, status: .unprocessableContent)
            }
            try services.pool.write { db in
                _ = try CircleQuestionStore.ask(individualID: person.id, linkID: link.rawValue, words: question.words, by: user.id, now: context.now, db)
            }
            return .redirect(to: .myCircle, notice: .questionSent)
        }
    }

    /// The person's circle: the picture, and each current link with "I trust them" and "I have a question".
    static func circle(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        try MyPages.page(services, context, "me/circle", "The people I trust") { person, db, _ in
            let links = try TrustLinkStore.forIndividual(person.id, db)
            let questions = try CircleQuestionStore.forIndividual(person.id, db)
            return [
                "circle": CircleView.values(person: person, links: links, unsafe: []),
                "current": .array(links.filter { $0.status != .ended }.map { link in
                    let asked = questions.first { $0.trustLinkID == link.id && $0.answeredAt == nil }
                    return [
                        "name": .string(link.trustedPersonName), "role": .string(link.role.title), "confirmed": .bool(link.confirmed),
                        "proposed": .bool(link.status == .proposed),
                        "confirmPath": .string(Route.confirmMyLink(TrustLinkID(link.id)).path),
                        "questionPath": .string(Route.questionMyLink(TrustLinkID(link.id)).path),
                        "askedAt": TemplateValue(asked.map { LondonTime.format($0.askedAt) }),
                    ]
                }),
                "answered": .array(questions.filter { $0.answeredAt != nil }.map { question in
                    ["about": .string(question.trustedPersonName), "answer": .string(question.answer),
                     "at": .string(question.answeredAt.map(LondonTime.format) ?? "")]
                }),
            ]
        }
    }

    private static func questionForm(
        _ services: AppServices, _ context: RequestContext, _ link: TrustLinkID, _ input: [String: String], _ errors: FieldErrors,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        try MyPages.page(services, context, "me/question", "A question about someone in my circle", status: status) { person, db, _ in
            guard let found = try TrustLinkStore.find(id: link.rawValue, db), found.individualID == person.id, found.status != .ended else {
                throw AppError.notFound
            }
            return FormView.values(input, errors).merging([
                "about": .string(found.trustedPersonName), "action": .string(Route.questionMyLink(link).path),
            ]) { $1 }
        }
    }
}
