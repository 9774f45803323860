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

    /// Decodes the account form shared by create and edit; `subject` is the account being edited.
    /// A control character in any field is a message beside it (the ticked roles are read without it).
    private static func decodeForm(
        _ services: AppServices, _ context: RequestContext, actorID: Int64, subject: UserRecord?, into errors: inout FieldErrors
    ) throws -> (input: SubmittedForm, roles: Set<Role>, account: AccountForm?) {
        let input = AccountForm.submitted(context.form)
        errors.add(input.controlCharacterErrors)
        let roles = try AccountForm.roles(context.form.values("roles").map(SubmittedForm.removingControlCharacters))
        let account = try AccountForm.decode(
            input, roles: roles, currentRoles: subject?.roles ?? [], actorID: actorID, subjectID: subject?.id, requiresEmail: subject == nil,
            organisationExists: { id in try services.pool.read { db in try OrganisationStore.find(id: id, db) != nil } }, into: &errors)
        return (input, roles, account)
    }

    /// The admin record's note of a change of roles, with its reason when one was given.
    private static func rolesDetail(_ roles: Set<Role>, reason: String) -> String {
        let reason = RoleChangeRules.normalisedReason(reason)
        return "roles: " + roles.sorted().map(\.rawValue).joined(separator: ", ") + (reason.isEmpty ? "" : "; reason: " + reason)
    }

    private static func create(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let actor = try context.signedInUser
        var errors = FieldErrors()
        let (input, roles, decoded) = try decodeForm(services, context, actorID: actor.id, subject: nil, into: &errors)
        if errors["email"] == nil, try services.pool.read({ db in try UserStore.emailExists(input["email"], db) }) {
            errors.add("email", "An account with this email address already exists.")
        }
        guard errors.isEmpty, let account = decoded else {
            return try newForm(services, context, input.text, roles, errors, status: .unprocessableContent)
        }
        var createdID: Int64 = 0
        let link = try issueLink(services, context, purpose: .invitation, userID: nil, lifetime: invitationLifetime) { db in
            createdID = try UserStore.create(
                email: account.email, displayName: account.displayName, organisationID: account.organisationID, roles: account.roles,
                passwordHash: nil, now: context.now, db)
            try RoleGrantStore.record(account.change, userID: createdID, byUserID: actor.id, reason: account.roleReason, now: context.now, db)
            try AdminEventStore.record(
                action: "created the account", actorUserID: actor.id, subjectUserID: createdID,
                detail: rolesDetail(account.roles, reason: account.roleReason), now: context.now, db)
            return createdID
        }
        guard let user = try services.pool.read({ db in try UserStore.find(id: createdID, db) }) else { throw AppError.notFound }
        return try linkPage(services, context, user, link, purpose: .invitation)
    }

    private static func update(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let user = try find(services, context)
        let actor = try context.signedInUser
        var errors = FieldErrors()
        let (input, roles, decoded) = try decodeForm(services, context, actorID: actor.id, subject: user, into: &errors)
        guard let account = decoded else {
            return try editForm(services, context, user, input.text, roles, errors, status: .unprocessableContent)
        }
        try services.pool.write { db in
            try UserStore.update(
                id: user.id, displayName: account.displayName, organisationID: account.organisationID, roles: account.roles, db)
            try SecondFactorSignIn.endSessionsIfNowRequired(userID: user.id, roles: account.roles, now: context.now, db)
            try RoleGrantStore.record(account.change, userID: user.id, byUserID: actor.id, reason: account.roleReason, now: context.now, db)
            try AdminEventStore.record(
                action: "updated the account", actorUserID: actor.id, subjectUserID: user.id,
                detail: rolesDetail(account.roles, reason: account.roleReason), now: context.now, db)
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
