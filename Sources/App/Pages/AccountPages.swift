import Domain
import Foundation
import HTTP
import Hashing
import SQLite

/// A signed-in user changing their own password. Every session of theirs ends, and this
/// browser gets a new one.
enum AccountPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.accountPassword) { context in
            try form(services, context, FieldErrors())
        }
        routes.post(.accountPassword) { context in
            try changePassword(services, context)
        }
    }

    private static func changePassword(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let user = try context.signedInUser
        let input = PasswordChangeForm.submitted(context.form)
        var errors = input.controlCharacterErrors(passwords: Set(PasswordChangeForm.fields), elsewhere: "current_password")
        let stored = try services.pool.read { db in try UserStore.passwordHash(userID: user.id, db) }
        let currentVerifies = stored.flatMap(PasswordHash.init(encoded:))?.verify(input["current_password"]) ?? false
        guard let change = PasswordChangeForm.decode(
            input, currentVerifies: currentVerifies, email: user.email, name: user.displayName, common: try services.commonPasswords,
            into: &errors)
        else { return try form(services, context, errors, status: .unprocessableContent) }
        let hash = PasswordHash.make(password: change.password, iterations: services.configuration.passwordIterations)
        let cookie = try services.pool.write { db -> SetCookie in
            try UserStore.setPasswordHash(userID: user.id, hash.encoded, db)
            try SessionStore.revokeAll(userID: user.id, now: context.now, db)
            try AdminEventStore.record(action: "changed their password", actorUserID: user.id, subjectUserID: user.id, now: context.now, db)
            return try services.authenticator.startSession(userID: user.id, now: context.now, db)
        }
        var response = HTTPResponse.redirect(to: .home, notice: .passwordChanged)
        response.setCookie(cookie)
        return response
    }

    private static func form(
        _ services: AppServices, _ context: RequestContext, _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        var values = FormView.values([:], errors)
        values["minimumLength"] = .int(AccountRules.minimumPasswordLength)
        return try services.page("account-password", title: "Change your password", context, values, status: status)
    }
}
