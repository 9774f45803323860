import Domain
import Foundation
import HTTP
import Hashing
import SQLite

/// Signing in and out.
///
/// A wrong email address and a wrong password get the same message, and an unknown address
/// costs the same hashing time as a known one, so the form never reveals who has an account.
enum SignInPages {
    static let failureMessage = "The email address or password is not right."

    /// The answer to an attempt that comes before the throttle's wait is over (ASVS 2.2.1).
    static func waitMessage(seconds: Int) -> String {
        let wait = seconds < 120 ? (seconds == 1 ? "1 second" : "\(seconds) seconds") : "\((seconds + 59) / 60) minutes"
        return "Too many attempts to sign in. Wait \(wait) and try again, or ask a manager to reset your password."
    }

    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.signIn) { context in
            if context.user != nil { return .redirect(to: .home) }
            return try form(services, context, email: "", message: nil)
        }
        routes.post(.signIn) { context in
            try signIn(services, context)
        }
        routes.post(.signOut) { context in
            let user = try context.signedInUser
            try services.pool.write { db in try SessionStore.revoke(sessionID: user.sessionID, now: context.now, db) }
            var response = HTTPResponse.redirect(to: .signIn, notice: .signedOut)
            response.setCookie(services.authenticator.endedSessionCookie())
            return response
        }
    }

    private static func signIn(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let input = SignInForm.submitted(context.form)
        let errors = SignInForm.controlCharacterErrors(input)
        guard let attempt = SignInForm.decode(input, errors: errors) else {
            // Before the throttle and the account lookup: not an attempt, and the same for every address.
            let email = AccountRules.normalisedEmail(input["email"])
            return try form(services, context, email: email, message: nil, errors: errors, status: .unprocessableContent)
        }
        let email = attempt.email
        let password = attempt.password
        let address = services.clientAddress(context.request)
        if let wait = services.signInGuard.admit(email: email, clientAddress: address, now: context.now) {
            var response = try form(services, context, email: email, message: waitMessage(seconds: wait), status: .tooManyRequests)
            response.headers.set("Retry-After", String(wait))
            return response
        }
        let account = try services.pool.read { db -> (UserRecord, String?)? in
            guard let user = try UserStore.find(email: email, db) else { return nil }
            return (user, try UserStore.passwordHash(userID: user.id, db))
        }
        let stored = account?.1.flatMap(PasswordHash.init(encoded:))
        let matches = (stored ?? services.decoyHash).verify(password)
        guard let (user, _) = account, let stored, matches, user.active else {
            return try form(services, context, email: email, message: failureMessage, status: .unauthorized)
        }
        services.signInGuard.recordSuccess(email: email, clientAddress: address)
        let next = safeNext(attempt.next, context.routes)
        let start = try services.pool.write { db in
            if stored.needsRehash(minimumIterations: services.configuration.passwordIterations) {
                let upgraded = PasswordHash.make(password: password, iterations: services.configuration.passwordIterations)
                try UserStore.setPasswordHash(userID: user.id, upgraded.encoded, db)
            }
            return try SecondFactorSignIn.start(services, userID: user.id, roles: user.roles, next: next, now: context.now, db)
        }
        return start.response(signedIn: .redirect(to: next))
    }

    private static func form(
        _ services: AppServices, _ context: RequestContext, email: String, message: String?, errors: FieldErrors = FieldErrors(),
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let typedNext = context.form["next"].map(SubmittedForm.removingControlCharacters)
        let next = safeNext(context.request.method == .get ? context.request.queryParameters["next"] : typedNext, context.routes)
        var values = FormView.values([:], errors)
        values["email"] = .string(email)
        values["next"] = .string(next)
        values["message"] = message.map { .string($0) } ?? .null
        return try services.page("sign-in", title: "Sign in", context, values, status: status)
    }

    /// Where to go after signing in: `next` only when its path is one of our own GET routes
    /// (printed back from the typed route, so nothing but our own path survives) with a query of
    /// plain URL characters; anything else is home.
    static func safeNext(_ next: String?, _ routes: RouteTable) -> String {
        guard let next, next.hasPrefix("/") else { return Route.home.path }
        let parts = next.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard let route = routes.route(forPath: String(parts[0])), route.path == parts[0] else { return Route.home.path }
        guard parts.count == 2 else { return route.path }
        let plain = parts[1].unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-._~%=&+".unicodeScalars.contains($0)) }
        return plain ? route.path + "?" + parts[1] : route.path
    }
}
