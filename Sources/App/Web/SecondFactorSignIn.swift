import Domain
import Foundation
import HTTP
import Hashing
import SQLite

/// The step between a correct password and a session: when the account has a second factor,
/// or its roles need one, no session starts yet; a short-lived pending sign-in (its own cookie,
/// only its digest stored) lets the holder do nothing but enter a code or enrol.
enum SecondFactorSignIn {
    static let pendingCookieName = "tp_pending"

    /// How a sign-in continues once the password (or a set-up or invitation link) is accepted.
    enum Start: Sendable {
        /// A full session: no second step is needed.
        case session(SetCookie)
        /// A pending sign-in, continued at `route`.
        case pending(SetCookie, Route)

        /// The response: `signedIn` with the session cookie, or a redirect to the second step.
        func response(signedIn: HTTPResponse) -> HTTPResponse {
            switch self {
            case .session(let cookie):
                var response = signedIn
                response.setCookie(cookie)
                return response
            case .pending(let cookie, let route):
                var response = HTTPResponse.redirect(to: route)
                response.setCookie(cookie)
                return response
            }
        }
    }

    /// Starts a session, or a pending sign-in when a second step is due, inside the caller's transaction.
    static func start(
        _ services: AppServices, userID: Int64, roles: Set<Role>, next: String, now: Date, _ db: Database
    ) throws -> Start {
        let enrolled = try SecondFactorStore.isEnrolled(userID: userID, db)
        guard let step = SecondFactorRules.stepAfterPassword(roles: roles, enrolled: enrolled) else {
            return .session(try services.authenticator.startSession(userID: userID, now: now, db))
        }
        let token = SessionToken.generate()
        try PendingSignInStore.create(tokenDigest: SessionToken.digest(token), userID: userID, step: step, nextPath: next, now: now, db)
        let cookie = pendingCookie(services, token, maxAge: Int(SecondFactorRules.pendingLifetime))
        return .pending(cookie, step == .code ? .signInCode : .secondFactor)
    }

    /// The live pending sign-in the request's cookie names, if any.
    static func pending(_ services: AppServices, _ context: RequestContext) throws -> PendingSignIn? {
        guard let token = context.request.cookies[pendingCookieName], !token.isEmpty, token.count <= 100 else { return nil }
        return try services.pool.read { db in
            try PendingSignInStore.find(tokenDigest: SessionToken.digest(token), now: context.now, db)
        }
    }

    /// Ends the pending sign-in and starts the session, inside the caller's transaction; the
    /// response must carry both returned cookies.
    static func complete(_ services: AppServices, _ pending: PendingSignIn, now: Date, _ db: Database) throws -> [SetCookie] {
        try PendingSignInStore.removeAll(userID: pending.userID, now: now, db)
        return [try services.authenticator.startSession(userID: pending.userID, now: now, db), endedPendingCookie(services)]
    }

    /// Ends the account's sessions when its new `roles` need a second factor it has not set up,
    /// so its next sign-in goes through enrolment (a role given while signed in).
    static func endSessionsIfNowRequired(userID: Int64, roles: Set<Role>, now: Date, _ db: Database) throws {
        guard SecondFactorRules.isRequired(for: roles), try !SecondFactorStore.isEnrolled(userID: userID, db) else { return }
        try SessionStore.revokeAll(userID: userID, now: now, db)
    }

    /// A cookie that removes the pending sign-in's cookie.
    static func endedPendingCookie(_ services: AppServices) -> SetCookie {
        pendingCookie(services, "", maxAge: 0)
    }

    private static func pendingCookie(_ services: AppServices, _ value: String, maxAge: Int) -> SetCookie {
        SetCookie(
            name: pendingCookieName, value: value, path: "/", maxAge: maxAge, httpOnly: true,
            secure: services.authenticator.secureCookies, sameSite: .lax)
    }
}
