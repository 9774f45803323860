import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// Requests for help: a trusted person asks their champion or a coordinator for help with one
/// person's situation, naming them by reference only; the text and replies are kept under the
/// person's consent rules (`HelpRequestRules.category`), so a champion sees that a request
/// exists and where it stands, and reads it only where the person's consent lets them.
enum HelpRequestPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.helpRequests) { context in
            try list(services, context)
        }
        routes.get(.newHelpRequest) { context in
            try form(services, context, ["addressed_to": HelpAddressee.champion.rawValue], FieldErrors())
        }
        routes.post(.newHelpRequest) { context in
            try create(services, context)
        }
        routes.get(Route.helpRequest) { context, id in
            try detail(services, context, id, replyInput: "", FieldErrors())
        }
        routes.post(Route.replyToHelpRequest) { context, id in
            try reply(services, context, id)
        }
        routes.post(Route.closeHelpRequest) { context, id in
            try services.pool.write { db in try HelpRequestStore.close(requestID: id.rawValue, now: context.now, db) }
            return .redirect(to: Route.helpRequest(id), notice: .helpClosed)
        }
    }

    /// The requests the user may open: coordinators all, champions their organisation's, a
    /// trusted person their own (the union, for someone holding several roles).
    private static func list(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let user = try context.signedInUser
        let requests = try services.pool.read { db -> [HelpRequestSummary] in
            if user.may(.workCaseload) { return try HelpRequestStore.all(db) }
            var found = try HelpRequestStore.asked(by: user.id, db)
            if user.roles.contains(.champion), let organisationID = user.organisationID {
                found += try HelpRequestStore.forChampion(organisationID: organisationID, db).filter { request in
                    !found.contains { $0.id == request.id }
                }
            }
            return found.sorted { ($0.status == .closed ? 1 : 0, -$0.id) < ($1.status == .closed ? 1 : 0, -$1.id) }
        }
        return try services.page("help/list", title: "Requests for help", context, [
            "requests": .array(requests.map(HelpRequestView.summary)), "mayAsk": .bool(user.may(.askForHelp)),
        ])
    }

    /// The people the trusted person walks alongside today, by name and reference, for choosing
    /// whom a request is about (the listing is logged, like their home).
    private static func people(_ services: AppServices, _ context: RequestContext) throws -> [(id: Int64, label: String)] {
        let user = try context.signedInUser
        let links = try services.pool.read { db -> [TrustLinkRecord] in
            guard let me = try TrustedPersonStore.find(userID: user.id, db) else { return [] }
            return try TrustLinkStore.active(heldBy: me.id, db)
        }
        return try services.personalData.readEach(
            individualIDs: links.map(\.individualID), user: user, now: context.now, reason: "Listed to ask for help"
        ) { id, db, _ in
            try IndividualStore.find(id: id, db).map { "\($0.preferredName) (\($0.ref))" } ?? ""
        }.map { ($0.individualID, $0.value) }
    }

    private static func form(
        _ services: AppServices, _ context: RequestContext, _ input: [String: String], _ errors: FieldErrors,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        var values = FormView.values(input, errors)
        values["people"] = .array(try people(services, context).map { person in
            ["value": .string(String(person.id)), "title": .string(person.label), "selected": .bool(input["individual"] == String(person.id))]
        })
        values["addressees"] = .array(HelpAddressee.allCases.map { addressee in
            ["value": .string(addressee.rawValue), "title": .string(addressee.title), "checked": .bool(input["addressed_to"] == addressee.rawValue)]
        })
        values["category"] = .string(HelpRequestRules.category.title)
        return try services.page("help/new", title: "Ask for help", context, values, status: status)
    }

    private static func create(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let user = try context.signedInUser
        let input = HelpRequestForm.submitted(context.form)
        var errors = input.controlCharacterErrors
        let choices = try services.pool.read { db -> Set<Int64> in
            guard let me = try TrustedPersonStore.find(userID: user.id, db) else { return [] }
            return Set(try TrustLinkStore.active(heldBy: me.id, db).map(\.individualID))
        }
        guard let asked = HelpRequestForm.decode(input, walksAlongside: choices, hasOrganisation: user.organisationID != nil, into: &errors)
        else {
            return try form(services, context, input.text, errors, status: .unprocessableContent)
        }
        let id = try services.pool.write { db in
            try HelpRequestStore.create(
                individualID: asked.individualID, askedBy: user.id, organisationID: user.organisationID, addressedTo: asked.addressee,
                text: asked.text, now: context.now, db)
        }
        return .redirect(to: Route.helpRequest(HelpRequestID(id)), notice: .helpRequested)
    }

    private static func detail(
        _ services: AppServices, _ context: RequestContext, _ id: HelpRequestID, replyInput: String, _ errors: FieldErrors,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let user = try context.signedInUser
        let (request, replies) = try services.pool.read { db in
            (try HelpRequestStore.find(id: id.rawValue, db), try HelpRequestStore.replies(requestID: id.rawValue, db))
        }
        guard let request else { throw AppError.notFound }
        var values = try services.personalData.readHelpRequest(request, user: user, now: context.now) { readable in
            HelpRequestView.detail(request, replies: replies, readable: readable)
        }
        values.merge(FormView.values(["reply": replyInput], errors)) { $1 }
        return try services.page("help/detail", title: "Request for help", context, values, status: status)
    }

    private static func reply(_ services: AppServices, _ context: RequestContext, _ id: HelpRequestID) throws -> HTTPResponse {
        let user = try context.signedInUser
        let input = HelpReplyForm.submitted(context.form)
        var errors = input.controlCharacterErrors
        let written = HelpReplyForm.decode(input, into: &errors)
        guard let request = try services.pool.read({ db in try HelpRequestStore.find(id: id.rawValue, db) }) else { throw AppError.notFound }
        guard let next = request.status.afterReply(byAsker: request.askedBy == user.id) else {
            throw AppError.badRequest("This request has been closed.")
        }
        guard let written else {
            return try detail(services, context, id, replyInput: input["reply"], errors, status: .unprocessableContent)
        }
        try services.pool.write { db in
            try HelpRequestStore.reply(requestID: id.rawValue, by: user.id, text: written.text, status: next, now: context.now, db)
        }
        return .redirect(to: Route.helpRequest(id), notice: .helpReplied)
    }
}
