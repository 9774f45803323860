import Domain
import Foundation
import HTTP
import Hashing
import SQLite

/// Folds the app's middleware into each route once, when routes are registered: find the
/// signed-in user, enforce the route's `Access` through the access policy, check the form
/// token on every state-changing request, turn errors into pages, and add security headers.
struct RouteGate: Sendable {
    let authenticator: Authenticator
    let pool: DatabasePool
    let errorPages: ErrorPages
    let clock: @Sendable () -> Date

    func wrap(
        _ access: Access, _ handler: @escaping @Sendable (RequestContext) throws -> HTTPResponse
    ) -> @Sendable (HTTPRequest) -> HTTPResponse {
        { request in
            let context = makeContext(request)
            var response: HTTPResponse
            do {
                try admit(context, access)
                response = try handler(context)
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
    }

    /// The context for a request, or one with no user if the session cannot be read.
    func makeContext(_ request: HTTPRequest) -> RequestContext {
        let now = clock()
        let user = (try? authenticator.user(for: request, now: now)) ?? nil
        if let user {
            return RequestContext(request: request, now: now, user: user, csrfToken: user.csrfToken, issuesFormCookie: false)
        }
        if let token = request.cookies[Authenticator.formCookieName], token.count == 43 {
            return RequestContext(request: request, now: now, user: nil, csrfToken: token, issuesFormCookie: false)
        }
        let token = Base64URL.encode(SecureRandom.bytes(32))
        return RequestContext(request: request, now: now, user: nil, csrfToken: token, issuesFormCookie: true)
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
        case .individualRecord, .individualWork:
            let user = try context.signedInUser
            let individualID = try context.id("id")
            let relation = try pool.read { db in
                try RelationStore.relation(
                    userID: user.id, individualID: individualID, today: LondonTime.today(context.now), now: context.now, db)
            }
            let policy = AccessPolicy()
            let allowed = access == .individualRecord
                ? policy.mayViewIndividual(user.roles, relation)
                : policy.mayWorkWithIndividual(user.roles, relation)
            guard allowed else { throw AppError.forbidden }
        case .handover:
            let user = try context.signedInUser
            let handoverID = try context.id("handover")
            let relation = try pool.read { db in try HandoverStore.relation(userID: user.id, handoverID: handoverID, db) }
            guard AccessPolicy().mayReadHandoverNote(user.roles, relation) else { throw AppError.forbidden }
        }
        if changesState {
            try CSRFProtection.verify(context.request, expectedToken: context.csrfToken)
        }
    }

    private func signInRedirect(_ request: HTTPRequest) -> HTTPResponse {
        guard request.method == .get else { return .redirect(to: "/sign-in") }
        let next = request.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "/-_"))) ?? "/"
        return .redirect(to: request.path == "/" ? "/sign-in" : "/sign-in?next=" + next)
    }
}
