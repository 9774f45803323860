import Domain
import Foundation
import HTTP
import Hashing
import SQLite
import TemplateEngine

/// Managers create accounts (the holder chooses their own password through a one-time
/// link), assign roles and organisations, reset passwords and deactivate accounts.
/// Accounts are never deleted: their history must stay attributable.
enum AdminUserPages {
    static let invitationLifetime: TimeInterval = 7 * 24 * 60 * 60
    static let resetLifetime: TimeInterval = 24 * 60 * 60
    static let access = Access.permission(.administerUsers)

    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.users) { context in
            let users = try services.pool.read { db in try UserStore.all(db) }
            return try services.page("admin/users", title: "Users", context, ["users": .array(users.map(listValue))])
        }
        routes.get(.newUser) { context in
            try newForm(services, context, [:], [], FieldErrors())
        }
        routes.post(.users) { context in
            try create(services, context)
        }
        routes.get(Route.user) { context, user in
            let user = try find(services, context)
            return try editForm(services, context, user, storedInput(user), user.roles, FieldErrors())
        }
        routes.post(Route.user) { context, user in
            try update(services, context)
        }
        routes.post(Route.deactivateUser) { context, user in
            try setActive(services, context, false)
        }
        routes.post(Route.reactivateUser) { context, user in
            try setActive(services, context, true)
        }
        routes.post(Route.resetPassword) { context, user in
            let user = try find(services, context)
            let link = try issueLink(services, context, purpose: .reset, userID: user.id, lifetime: resetLifetime) { db in
                try SessionStore.revokeAll(userID: user.id, now: context.now, db)
            }
            return try linkPage(services, context, user, link, purpose: .reset)
        }
    }

    private static func find(_ services: AppServices, _ context: RequestContext) throws -> UserRecord {
        let id = try context.parameter(UserID.self).rawValue
        guard let user = try services.pool.read({ db in try UserStore.find(id: id, db) }) else { throw AppError.notFound }
        return user
    }

    /// The edit form's fields as the account stands.
    private static func storedInput(_ user: UserRecord) -> [String: String] {
        ["display_name": user.displayName, "organisation_id": user.organisationID.map(String.init) ?? "", "role_reason": ""]
    }

    /// Reads and checks the account form's fields shared by create and edit.
    private static func readForm(
        _ services: AppServices, _ context: RequestContext, into errors: inout FieldErrors
    ) throws -> (input: [String: String], roles: Set<Role>, organisationID: Int64?) {
        let input = ["display_name": context.form["display_name"] ?? "", "email": context.form["email"] ?? "",
                     "organisation_id": context.form["organisation_id"] ?? "", "role_reason": context.form["role_reason"] ?? ""]
        var roles = Set<Role>()
        for value in context.form.values("roles") {
            guard let role = Role(rawValue: value) else { throw AppError.badRequest("That role does not exist.") }
            roles.insert(role)
        }
        AccountRules.checkName(input["display_name", default: ""], into: &errors)
        if roles.isEmpty { errors.add("roles", "Choose at least one role.") }
        var organisationID: Int64?
        if let text = input["organisation_id"], !text.isEmpty {
            organisationID = Int64(text)
            let exists = try organisationID.map { id in try services.pool.read { db in try OrganisationStore.find(id: id, db) != nil } } ?? false
            if !exists { errors.add("organisation_id", "Choose an organisation from the list.") }
        }
        return (input, roles, organisationID)
    }

    /// The admin record's note of a change of roles, with its reason when one was given.
    private static func rolesDetail(_ roles: Set<Role>, reason: String) -> String {
        let reason = RoleChangeRules.normalisedReason(reason)
        return "roles: " + roles.sorted().map(\.rawValue).joined(separator: ", ") + (reason.isEmpty ? "" : "; reason: " + reason)
    }

    private static func create(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let actor = try context.signedInUser
        var errors = FieldErrors()
        let (input, roles, organisationID) = try readForm(services, context, into: &errors)
        let change = RoleChangeRules.Change(from: [], to: roles)
        RoleChangeRules.check(change, actorID: actor.id, subjectID: nil, reason: input["role_reason", default: ""], into: &errors)
        AccountRules.checkEmail(input["email", default: ""], into: &errors)
        if errors["email"] == nil, try services.pool.read({ db in try UserStore.emailExists(input["email", default: ""], db) }) {
            errors.add("email", "An account with this email address already exists.")
        }
        guard errors.isEmpty else { return try newForm(services, context, input, roles, errors, status: .unprocessableContent) }
        var createdID: Int64 = 0
        let link = try issueLink(services, context, purpose: .invitation, userID: nil, lifetime: invitationLifetime) { db in
            createdID = try UserStore.create(
                email: input["email", default: ""], displayName: input["display_name", default: ""], organisationID: organisationID, roles: roles,
                passwordHash: nil, now: context.now, db)
            try RoleGrantStore.record(change, userID: createdID, byUserID: actor.id, reason: input["role_reason", default: ""], now: context.now, db)
            try AdminEventStore.record(
                action: "created the account", actorUserID: actor.id, subjectUserID: createdID,
                detail: rolesDetail(roles, reason: input["role_reason", default: ""]), now: context.now, db)
            return createdID
        }
        guard let user = try services.pool.read({ db in try UserStore.find(id: createdID, db) }) else { throw AppError.notFound }
        return try linkPage(services, context, user, link, purpose: .invitation)
    }

    private static func update(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let user = try find(services, context)
        let actor = try context.signedInUser
        var errors = FieldErrors()
        let (input, roles, organisationID) = try readForm(services, context, into: &errors)
        let change = RoleChangeRules.Change(from: user.roles, to: roles)
        RoleChangeRules.check(change, actorID: actor.id, subjectID: user.id, reason: input["role_reason", default: ""], into: &errors)
        guard errors.isEmpty else { return try editForm(services, context, user, input, roles, errors, status: .unprocessableContent) }
        try services.pool.write { db in
            try UserStore.update(id: user.id, displayName: input["display_name", default: ""], organisationID: organisationID, roles: roles, db)
            try SecondFactorSignIn.endSessionsIfNowRequired(userID: user.id, roles: roles, now: context.now, db)
            try RoleGrantStore.record(change, userID: user.id, byUserID: actor.id, reason: input["role_reason", default: ""], now: context.now, db)
            try AdminEventStore.record(
                action: "updated the account", actorUserID: actor.id, subjectUserID: user.id,
                detail: rolesDetail(roles, reason: input["role_reason", default: ""]), now: context.now, db)
        }
        return .redirect(to: Route.user(UserID(user.id)), notice: .userUpdated)
    }

    private static func setActive(_ services: AppServices, _ context: RequestContext, _ active: Bool) throws -> HTTPResponse {
        let user = try find(services, context)
        let actor = try context.signedInUser
        var errors = FieldErrors()
        if !active { RoleChangeRules.checkDeactivation(actorID: actor.id, subjectID: user.id, into: &errors) }
        guard errors.isEmpty else {
            return try editForm(services, context, user, storedInput(user), user.roles, errors, status: .unprocessableContent)
        }
        try services.pool.write { db in
            try UserStore.setActive(userID: user.id, active, now: context.now, db)
            if !active { try SessionStore.revokeAll(userID: user.id, now: context.now, db) }
            try AdminEventStore.record(
                action: active ? "reactivated the account" : "deactivated the account", actorUserID: actor.id,
                subjectUserID: user.id, now: context.now, db)
        }
        let notice = active ? Notice.userReactivated : Notice.userDeactivated
        return .redirect(to: Route.user(UserID(user.id)), notice: notice)
    }

    /// Creates a one-time link in the same transaction as `change`, which may return the
    /// account the link is for; returns the link's address.
    static func issueLink(
        _ services: AppServices, _ context: RequestContext, purpose: LinkPurpose, userID: Int64?, lifetime: TimeInterval,
        _ change: (Database) throws -> Any
    ) throws -> String {
        let token = SessionToken.generate()
        let actor = try context.signedInUser
        try services.pool.write { db in
            let changed = try change(db)
            let subject = userID ?? (changed as? Int64)
            try OneTimeLinkStore.retireUnused(purpose: purpose, userID: subject, now: context.now, db)
            try OneTimeLinkStore.create(
                tokenDigest: SessionToken.digest(token), purpose: purpose, userID: subject, now: context.now,
                expiresAt: context.now.addingTimeInterval(lifetime), db)
            if purpose == .reset {
                try AdminEventStore.record(action: "reset the password", actorUserID: actor.id, subjectUserID: subject, now: context.now, db)
            }
        }
        return services.configuration.baseURL + Route.welcome(OneTimeToken(generated: token)).path
    }
}
