import Domain
import Foundation
import HTTP
import Hashing
import SQLite

/// A coordinator gives an individual an account of their own: the individual role, linked to
/// their record, with a one-time link to choose a password.
enum IndividualAccountPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.post(Route.personAccount) { context, individual in
            let person = try services.personalData.person(context)
            let user = try context.signedInUser
            guard person.userID == nil else { throw AppError.badRequest("\(person.preferredName) already has an account.") }
            let input = SubmittedForm(context.form, fields: ["email"], untrimmed: ["email"])
            let email = input["email"]
            var errors = input.controlCharacterErrors(boxes: ["email": "account_email"], elsewhere: "account_email")
            AccountRules.checkEmail(email, field: "account_email", into: &errors)
            if errors.isEmpty, try services.pool.read({ db in try UserStore.emailExists(email, db) }) {
                errors.add("account_email", "An account with this email address already exists.")
            }
            guard errors.isEmpty else {
                return try RecordPage.render(services, context, errors: errors, status: .unprocessableContent)
            }
            let token = SessionToken.generate()
            let account = try services.pool.write { db -> UserRecord? in
                let id = try UserStore.create(
                    email: email, displayName: person.preferredName, organisationID: nil, roles: [.individual], passwordHash: nil,
                    now: context.now, db)
                try IndividualStore.linkAccount(individualID: person.id, userID: id, db)
                try OneTimeLinkStore.create(
                    tokenDigest: SessionToken.digest(token), purpose: .invitation, userID: id, now: context.now,
                    expiresAt: context.now.addingTimeInterval(AdminUserPages.invitationLifetime), db)
                try AdminEventStore.record(action: "created the person's own account", actorUserID: user.id, subjectUserID: id, now: context.now, db)
                return try UserStore.find(id: id, db)
            }
            guard let account else { throw AppError.notFound }
            return try AdminUserPages.linkPage(services, context, account, services.configuration.baseURL + Route.welcome(OneTimeToken(generated: token)).path, purpose: .invitation, back: Route.person(IndividualID(person.id)).path)
        }
    }
}
