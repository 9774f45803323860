import Domain
import Foundation
import HTTP
import Hashing
import SQLite

/// Folds the app's middleware into each route once, when routes are registered: bind the
/// request to its typed route, find the signed-in user and, when the route names an
/// individual, their standing towards that individual (once per request); enforce the
/// route's `Access` through the access policy, check the form token on every state-changing
/// request, turn errors into pages, and add security headers.
struct RouteGate: Sendable {
    let authenticator: Authenticator
    let personalData: PersonalDataAccess
    let errorPages: ErrorPages
    let clock: @Sendable () -> Date
    let routes: RouteTable
    /// How many requests compute at once (the wait for the access log is outside a slot).
    let slots: ComputeSlots

    /// The handler the router calls for `entry`.
    func wrap(_ entry: RouteTable.Entry) -> @Sendable (HTTPRequest) -> HTTPResponse {
        { request in
            guard let bound = entry.bind(request.pathParameters) else { return refusing(.notFound)(request) }
            return respond(request, route: bound.route, access: entry.access, bound.run)
        }
    }

    /// A handler that answers every request with `error`'s friendly page (the 404 for paths no
    /// route knows, the 400 for a request the server refuses before routing).
    func refusing(_ error: AppError) -> @Sendable (HTTPRequest) -> HTTPResponse {
        { request in respond(request, route: .home, access: .anyone) { _ in throw error } }
    }

    private func respond(
        _ request: HTTPRequest, route: Route, access: Access, _ handler: (RequestContext) throws -> HTTPResponse
    ) -> HTTPResponse {
        slots.run { respondInSlot(request, route: route, access: access, handler) }
    }

    private func respondInSlot(
        _ request: HTTPRequest, route: Route, access: Access, _ handler: (RequestContext) throws -> HTTPResponse
    ) -> HTTPResponse {
        var context = makeContext(request, route: route)
        var response: HTTPResponse
        do {
            context = try resolveIndividual(context)
            try admit(context, access)
            response = try handler(context)
            try personalData.logOpened(context)
        } catch AppError.forbidden where context.user == nil {
            response = signInRedirect(request)
        } catch {
            response = errorPages.response(for: error, context)
        }
        if context.issuesFormCookie {
            response.setCookie(authenticator.formCookie(context.csrfToken))
        }
        SecurityHeaders.apply(to: &response, isPage: true)
        return response
    }

    /// The context for a request, or one with no user if the session cannot be read.
    func makeContext(_ request: HTTPRequest, route: Route) -> RequestContext {
        let now = clock()
        let user = (try? authenticator.user(for: request, now: now)) ?? nil
        func context(_ token: String, issuesCookie: Bool) -> RequestContext {
            RequestContext(
                request: request, route: route, now: now, user: user, csrfToken: token, issuesFormCookie: issuesCookie,
                individual: nil, routes: routes)
        }
        if let user { return context(user.csrfToken, issuesCookie: false) }
        if let token = request.cookies[Authenticator.formCookieName], token.count == 43 {
            return context(token, issuesCookie: false)
        }
        return context(Base64URL.encode(SecureRandom.bytes(32)), issuesCookie: true)
    }

    /// The context with the user's standing towards the individual the route names. An id that
    /// names nobody is `notFound` for those who could open any record and `forbidden` for
    /// everyone else, so a trusted person learns nothing from an id.
    private func resolveIndividual(_ context: RequestContext) throws -> RequestContext {
        guard let id = context.route.individualID, let user = context.user else { return context }
        guard let individual = try personalData.resolve(individualID: id, user: user, now: context.now) else {
            throw user.may(.workCaseload) ? AppError.notFound : AppError.forbidden
        }
        return RequestContext(
            request: context.request, route: context.route, now: context.now, user: user, csrfToken: context.csrfToken,
            issuesFormCookie: context.issuesFormCookie, individual: individual, routes: routes)
    }

    private func admit(_ context: RequestContext, _ access: Access) throws {
        let method = context.request.method
        let changesState = method != .get && method != .head
        if changesState, !CSRFProtection.comesFromThisSite(context.request) {
            throw AppError.formExpired
        }
        switch access {
        case .anyone:
            break
        case .signedIn:
            _ = try context.signedInUser
        case .permission(let permission):
            guard try context.signedInUser.may(permission) else { throw AppError.forbidden }
        case .individualRecord:
            guard try context.individualAccess.mayView else { throw AppError.forbidden }
        case .individualWork:
            guard try context.individualAccess.mayWork else { throw AppError.forbidden }
        case .handover:
            let user = try context.signedInUser
            let handoverID = try context.parameter(HandoverID.self).rawValue
            let relation = try personalData.pool.read { db in try HandoverStore.relation(userID: user.id, handoverID: handoverID, db) }
            guard AccessPolicy().mayReadHandoverNote(user.roles, relation) else { throw AppError.forbidden }
        case .helpRequest:
            let user = try context.signedInUser
            let requestID = try context.parameter(HelpRequestID.self).rawValue
            let relation = try personalData.pool.read { db in try HelpRequestStore.relation(userID: user.id, requestID: requestID, db) }
            guard let relation else { throw user.may(.workCaseload) ? AppError.notFound : AppError.forbidden }
            guard AccessPolicy().mayOpenHelpRequest(user.roles, relation) else { throw AppError.forbidden }
        }
        if changesState {
            try CSRFProtection.verify(context.request, expectedToken: context.csrfToken)
        }
    }

    private func signInRedirect(_ request: HTTPRequest) -> HTTPResponse {
        guard request.method == .get, request.path != "/" else { return .redirect(to: Route.signIn.path) }
        let next = request.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "/-_"))) ?? "/"
        return .redirect(to: Route.signIn.path + "?next=" + next)
    }
}
