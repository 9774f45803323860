import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The admin user pages' template values.
extension AdminUserPages {
    static func listValue(_ user: UserRecord) -> TemplateValue {
        [
            "id": .string(String(user.id)), "path": .string(Route.user(UserID(user.id)).path),
            "paths": [
                "resetPassword": .string(Route.resetPassword(UserID(user.id)).path),
                "resetSecondFactor": .string(Route.resetSecondFactor(UserID(user.id)).path),
                "deactivate": .string(Route.deactivateUser(UserID(user.id)).path),
                "reactivate": .string(Route.reactivateUser(UserID(user.id)).path),
            ],
            "name": .string(user.displayName),
            "email": .string(user.email),
            "roles": .string(user.roles.sorted().map(\.title).joined(separator: ", ")),
            "organisation": user.organisationName.map { .string($0) } ?? .null,
            "active": .bool(user.active),
            "awaitingPassword": .bool(!user.hasPassword),
        ]
    }

    static func newForm(
        _ services: AppServices, _ context: RequestContext, _ input: [String: String], _ roles: Set<Role>,
        _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        var values = FormView.values(input, errors)
        try addChoices(to: &values, services, selectedOrganisation: input["organisation_id"], roles: roles)
        return try services.page("admin/user-new", title: "New account", context, values, status: status)
    }

    static func editForm(
        _ services: AppServices, _ context: RequestContext, _ user: UserRecord, _ input: [String: String],
        _ roles: Set<Role>, _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        var values = FormView.values(input, errors)
        try addChoices(to: &values, services, selectedOrganisation: input["organisation_id"], roles: roles)
        let events = try services.pool.read { db in try AdminEventStore.forUser(user.id, db) }
        values["account"] = listValue(user)
        values["isSelf"] = .bool(user.id == context.user?.id)
        values["hasSecondFactor"] = .bool(try services.pool.read { db in try SecondFactorStore.isEnrolled(userID: user.id, db) })
        values["events"] = .array(events.map { event in
            [
                "at": .string(LondonTime.format(event.at)), "atISO": .string(LondonTime.machine(event.at)),
                "actor": .string(event.actorName ?? "Someone"),
                "action": .string(event.action),
                "detail": .string(event.detail),
            ]
        })
        return try services.page("admin/user-edit", title: user.displayName, context, values, status: status)
    }

    /// The page that shows an invitation or reset link, once.
    static func linkPage(
        _ services: AppServices, _ context: RequestContext, _ user: UserRecord, _ link: String, purpose: LinkPurpose,
        back: String? = nil
    ) throws -> HTTPResponse {
        try services.page(
            "admin/user-link", title: purpose == .reset ? "Password reset link" : "Invitation link", context,
            [
                "account": listValue(user),
                "link": .string(link),
                "isReset": .bool(purpose == .reset),
                "validFor": .string(purpose == .reset ? "24 hours" : "7 days"),
                "back": .string(back ?? Route.user(UserID(user.id)).path),
            ])
    }

    private static func addChoices(
        to values: inout [String: TemplateValue], _ services: AppServices, selectedOrganisation: String?, roles: Set<Role>
    ) throws {
        let organisations = try services.pool.read { db in try OrganisationStore.all(db) }
        values["organisations"] = .array(organisations.map { organisation in
            [
                "id": .string(String(organisation.id)),
                "name": .string(organisation.name),
                "selected": .bool(String(organisation.id) == selectedOrganisation),
            ]
        })
        values["roleChoices"] = .array(Role.allCases.map { role in
            [
                "value": .string(role.rawValue),
                "title": .string(role.title),
                "summary": .string(role.summary),
                "checked": .bool(roles.contains(role)),
            ]
        })
    }
}
