import Domain
import Foundation
import HTTP
import Hashing
import SQLite

/// First run: with no accounts, `serve` prints a one-time link whose page creates the first
/// manager. There is never a default password.
enum SetupPages {
    static let linkLifetime: TimeInterval = 24 * 60 * 60

    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(Route.setup) { context, token in
            _ = try usableLink(services, context)
            return try form(services, context, [:], FieldErrors())
        }
        routes.post(Route.setup) { context, token in
            try createFirstManager(services, context)
        }
    }

    /// A fresh setup link when the database has no accounts (older unused ones stop working).
    static func prepareFirstRun(_ services: AppServices, now: Date, baseURL: String? = nil) throws -> String? {
        let token = SessionToken.generate()
        let created = try services.pool.write { db -> Bool in
            guard try UserStore.count(db) == 0 else { return false }
            try OneTimeLinkStore.retireUnused(purpose: .setup, userID: nil, now: now, db)
            try OneTimeLinkStore.create(
                tokenDigest: SessionToken.digest(token), purpose: .setup, userID: nil, now: now,
                expiresAt: now.addingTimeInterval(linkLifetime), db)
            return true
        }
        return created ? (baseURL ?? services.configuration.baseURL) + Route.setup(OneTimeToken(generated: token)).path : nil
    }

    private static func usableLink(_ services: AppServices, _ context: RequestContext) throws -> String {
        let digest = SessionToken.digest(try context.parameter(OneTimeToken.self).value)
        let usable = try services.pool.read { db in
            try OneTimeLinkStore.findUsable(tokenDigest: digest, now: context.now, db)?.purpose == .setup
                && UserStore.count(db) == 0
        }
        guard usable else { throw AppError.notFound }
        return digest
    }

    private static func createFirstManager(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let digest = try usableLink(services, context)
        let input = FirstManagerForm.submitted(context.form)
        var errors = input.controlCharacterErrors(passwords: ["password", "password_confirmation"], elsewhere: "display_name")
        guard let manager = FirstManagerForm.decode(input, common: try services.commonPasswords, into: &errors) else {
            return try form(services, context, FirstManagerForm.shown(input), errors, status: .unprocessableContent)
        }
        let hash = PasswordHash.make(password: manager.password, iterations: services.configuration.passwordIterations)
        let start = try services.pool.write { db -> SecondFactorSignIn.Start in
            guard try OneTimeLinkStore.findUsable(tokenDigest: digest, now: context.now, db) != nil,
                  try UserStore.count(db) == 0
            else { throw AppError.notFound }
            let id = try UserStore.create(
                email: manager.email, displayName: manager.displayName, organisationID: nil, roles: [.manager],
                passwordHash: hash.encoded, now: context.now, db)
            try OneTimeLinkStore.markUsed(tokenDigest: digest, now: context.now, db)
            try RoleGrantStore.record(
                RoleChangeRules.Change(from: [], to: [.manager]), userID: id, byUserID: nil,
                reason: "The first manager account, made when the service was set up.", now: context.now, db)
            try AdminEventStore.record(action: "created the first manager account", actorUserID: id, subjectUserID: id, now: context.now, db)
            return try SecondFactorSignIn.start(services, userID: id, roles: [.manager], next: Route.home.path, now: context.now, db)
        }
        return start.response(signedIn: .redirect(to: .home, notice: .welcome))
    }

    private static func form(
        _ services: AppServices, _ context: RequestContext, _ input: [String: String], _ errors: FieldErrors,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        var values = FormView.values(input, errors)
        values["action"] = .string(context.request.path)
        values["minimumLength"] = .int(AccountRules.minimumPasswordLength)
        return try services.page("setup", title: "Set up Trusted Person", context, values, status: status)
    }
}
