import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// A champion invites a new trusted person from their own organisation; nothing is made until a
/// manager or coordinator approves, which creates the account (role trusted person, the
/// champion's organisation) with its trusted-person record and the usual one-time invitation
/// link (`AdminUserPages`). Declining makes nothing.
enum InvitationPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.inviteTrustedPerson) { context in
            try form(services, context, ["paid": PaidStatus.paid.rawValue], FieldErrors())
        }
        routes.post(.inviteTrustedPerson) { context in
            try invite(services, context)
        }
        routes.get(.invitations) { context in
            let pending = try services.pool.read { db in try InvitationStore.pending(db) }
            return try services.page("champions/invitations", title: "Trusted persons invited by champions", context, [
                "invitations": .array(pending.map { invitation in
                    [
                        "name": .string(invitation.displayName), "email": .string(invitation.email),
                        "organisation": .string(invitation.organisationName), "paid": .string(invitation.paid.title),
                        "by": .string(invitation.invitedByName), "on": .string(LondonTime.format(invitation.invitedAt)),
                        "approve": .string(Route.approveInvitation(InvitationID(invitation.id)).path),
                        "decline": .string(Route.declineInvitation(InvitationID(invitation.id)).path),
                    ]
                }),
            ])
        }
        routes.post(Route.approveInvitation) { context, id in
            try approve(services, context, id)
        }
        routes.post(Route.declineInvitation) { context, id in
            try services.pool.write { db in
                try InvitationStore.decide(
                    id: id.rawValue, approved: false, userID: nil, by: try context.signedInUser.id, now: context.now, db)
            }
            return .redirect(to: Route.invitations, notice: .invitationDeclined)
        }
    }

    private static func form(
        _ services: AppServices, _ context: RequestContext, _ input: [String: String], _ errors: FieldErrors,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let organisation = try OrganisationPage.ownOrganisation(services, context)
        var values = FormView.values(input, errors)
        values["organisation"] = .string(organisation.name)
        values["paidChoices"] = .array(PaidStatus.allCases.map { choice in
            ["value": .string(choice.rawValue), "title": .string(choice.title), "checked": .bool(input["paid"] == choice.rawValue)]
        })
        return try services.page("champions/invite", title: "Invite a trusted person", context, values, status: status)
    }

    private static func invite(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let organisation = try OrganisationPage.ownOrganisation(services, context)
        let input = InvitationForm.submitted(context.form)
        let (exists, pending) = try services.pool.read { db in
            (try UserStore.emailExists(input["email"], db), try InvitationStore.isPending(email: input["email"], db))
        }
        var errors = input.controlCharacterErrors
        guard let invited = InvitationForm.decode(input, emailExists: exists, emailPending: pending, into: &errors) else {
            return try form(services, context, input.text, errors, status: .unprocessableContent)
        }
        try services.pool.write { db in
            _ = try InvitationStore.create(
                organisationID: organisation.id, displayName: invited.displayName, email: invited.email, paid: invited.paid,
                by: try context.signedInUser.id, now: context.now, db)
        }
        return .redirect(to: Route.organisation, notice: .invitationSent)
    }

    /// Makes the account and its trusted-person record, marks the invitation approved and issues
    /// the one-time link, all in one transaction, then shows the link once.
    private static func approve(_ services: AppServices, _ context: RequestContext, _ id: InvitationID) throws -> HTTPResponse {
        let actor = try context.signedInUser
        guard let invitation = try services.pool.read({ db in try InvitationStore.find(id: id.rawValue, db) }),
              invitation.status == .pending
        else { throw AppError.notFound }
        if try services.pool.read({ db in try UserStore.emailExists(invitation.email, db) }) {
            throw AppError.badRequest("An account with this email address already exists: decline the invitation.")
        }
        var createdID: Int64 = 0
        let link = try AdminUserPages.issueLink(services, context, purpose: .invitation, userID: nil, lifetime: AdminUserPages.invitationLifetime) { db in
            createdID = try UserStore.create(
                email: invitation.email, displayName: invitation.displayName, organisationID: invitation.organisationID,
                roles: [.trustedPerson], passwordHash: nil, now: context.now, db)
            _ = try TrustedPersonStore.create(
                name: invitation.displayName, kind: .person, organisationID: invitation.organisationID, paid: invitation.paid,
                userID: createdID, now: context.now, db)
            try InvitationStore.decide(id: invitation.id, approved: true, userID: createdID, by: actor.id, now: context.now, db)
            try AdminEventStore.record(
                action: "created the account", actorUserID: actor.id, subjectUserID: createdID,
                detail: "roles: trusted-person; invited by \(invitation.invitedByName), champion", now: context.now, db)
            return createdID
        }
        guard let user = try services.pool.read({ db in try UserStore.find(id: createdID, db) }) else { throw AppError.notFound }
        return try AdminUserPages.linkPage(services, context, user, link, purpose: .invitation, back: Route.invitations.path)
    }
}
