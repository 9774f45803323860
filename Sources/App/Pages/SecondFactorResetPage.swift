import Domain
import Foundation
import HTTP
import SQLite

/// A manager resets someone else's second factor (a lost phone), with a reason recorded in the
/// account's history; never their own (`SecondFactorRules.mayReset`). The person's sessions and
/// pending sign-ins end, and they enrol again at their next sign-in.
enum SecondFactorResetPage {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.post(Route.resetSecondFactor) { context, id in
            try reset(services, context, subjectID: id.rawValue)
        }
    }

    private static func reset(_ services: AppServices, _ context: RequestContext, subjectID: Int64) throws -> HTTPResponse {
        let actor = try context.signedInUser
        guard let subject = try services.pool.read({ db in try UserStore.find(id: subjectID, db) }) else { throw AppError.notFound }
        guard SecondFactorRules.mayReset(actorID: actor.id, subjectID: subject.id) else { throw AppError.forbidden }
        let input = SubmittedForm(context.form, fields: ["reason"], untrimmed: ["reason"])
        let reason = input["reason"]
        var errors = input.controlCharacterErrors(elsewhere: "reason")
        SecondFactorRules.checkResetReason(reason, into: &errors)
        guard errors.isEmpty else {
            var shown = ["display_name": subject.displayName, "organisation_id": subject.organisationID.map(String.init) ?? ""]
            shown["role_reason"] = ""
            shown["reason"] = reason
            return try AdminUserPages.editForm(services, context, subject, shown, subject.roles, errors, status: .unprocessableContent)
        }
        try services.pool.write { db in
            try SecondFactorStore.remove(userID: subject.id, db)
            try SessionStore.revokeAll(userID: subject.id, now: context.now, db)
            try PendingSignInStore.removeAll(userID: subject.id, now: context.now, db)
            try AdminEventStore.record(
                action: "reset the second factor", actorUserID: actor.id, subjectUserID: subject.id,
                detail: reason.trimmingCharacters(in: .whitespacesAndNewlines), now: context.now, db)
        }
        return .redirect(to: Route.user(UserID(subject.id)), notice: .secondFactorReset)
    }
}
