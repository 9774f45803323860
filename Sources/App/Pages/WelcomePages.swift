import Domain
import Foundation
import HTTP
import Hashing
import SQLite

/// The page behind an invitation or password-reset link: the account holder chooses a
/// password, every other session of theirs ends, and they are signed in.
enum WelcomePages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(Route.welcome) { context, token in
            let (_, user) = try usableLink(services, context)
            return try form(services, context, user, FieldErrors())
        }
        routes.post(Route.welcome) { context, token in
            try choosePassword(services, context)
        }
    }

    private static func usableLink(_ services: AppServices, _ context: RequestContext) throws -> (String, UserRecord) {
        let digest = SessionToken.digest(try context.parameter(OneTimeToken.self).value)
        let user = try services.pool.read { db -> UserRecord? in
            guard let link = try OneTimeLinkStore.findUsable(tokenDigest: digest, now: context.now, db),
                  link.purpose == .invitation || link.purpose == .reset, let userID = link.userID
            else { return nil }
            return try UserStore.find(id: userID, db)
        }
        guard let user, user.active else { throw AppError.notFound }
        return (digest, user)
    }

    private static func choosePassword(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let (digest, user) = try usableLink(services, context)
        let input = NewPasswordForm.submitted(context.form)
        var errors = input.controlCharacterErrors(passwords: Set(NewPasswordForm.fields), elsewhere: "password")
        guard let chosen = NewPasswordForm.decode(
            input, email: user.email, name: user.displayName, common: try services.commonPasswords,
            into: &errors)
        else { return try form(services, context, user, errors, status: .unprocessableContent) }
        let hash = PasswordHash.make(password: chosen.password, iterations: services.configuration.passwordIterations)
        let start = try services.pool.write { db -> SecondFactorSignIn.Start in
            guard try OneTimeLinkStore.findUsable(tokenDigest: digest, now: context.now, db) != nil else {
                throw AppError.notFound
            }
            try UserStore.setPasswordHash(userID: user.id, hash.encoded, db)
            try OneTimeLinkStore.markUsed(tokenDigest: digest, now: context.now, db)
            try SessionStore.revokeAll(userID: user.id, now: context.now, db)
            try AdminEventStore.record(action: "chose a password from a link", actorUserID: user.id, subjectUserID: user.id, now: context.now, db)
            return try SecondFactorSignIn.start(services, userID: user.id, roles: user.roles, next: Route.home.path, now: context.now, db)
        }
        return start.response(signedIn: .redirect(to: .home, notice: .welcome))
    }

    private static func form(
        _ services: AppServices, _ context: RequestContext, _ user: UserRecord, _ errors: FieldErrors,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        var values = FormView.values([:], errors)
        values["action"] = .string(context.request.path)
        values["accountName"] = .string(user.displayName)
        values["accountEmail"] = .string(user.email)
        values["minimumLength"] = .int(AccountRules.minimumPasswordLength)
        return try services.page("welcome", title: "Choose your password", context, values, status: status)
    }
}
