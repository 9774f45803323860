import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// Flagging a training need: a champion for their own organisation's trusted persons, a
/// coordinator for anyone, a trusted person for themself (`AccessPolicy.trainingNeedCapacity`
/// decides, per trusted person). The page lists only those the user may flag for, with their
/// open needs; the need is met when they attend a session of the course.
enum TrainingNeedPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.newTrainingNeed) { context in
            let preselected = context.request.queryParameters["trusted_person"] ?? ""
            return try form(services, context, ["course": TrainingCourse.traumaInformedPractice.rawValue, "trusted_person": preselected], FieldErrors())
        }
        routes.post(.newTrainingNeed) { context in
            try flag(services, context)
        }
    }

    /// The trusted persons the user may flag a need for, each with the capacity they would flag in.
    static func flaggable(_ user: CurrentUser, _ db: Database) throws -> [(person: TrustedPersonRecord, as: TrainingNeedSource)] {
        let policy = AccessPolicy()
        let candidates: [TrustedPersonRecord]
        if user.roles.contains(.coordinator) {
            candidates = try TrustedPersonStore.all(db)
        } else {
            var found = try user.organisationID.map { try TrustedPersonStore.inOrganisation($0, db) } ?? []
            if let own = try TrustedPersonStore.find(userID: user.id, db), !found.contains(where: { $0.id == own.id }) { found.append(own) }
            candidates = found
        }
        return candidates.compactMap { person in
            guard person.kind == .person, person.leftRoleOn == nil else { return nil }
            let standing = TrainingNeedStanding(
                isOwnRecord: person.userID == user.id,
                isInOwnOrganisation: person.organisationID != nil && person.organisationID == user.organisationID)
            return policy.trainingNeedCapacity(user.roles, standing).map { (person, $0) }
        }
    }

    private static func form(
        _ services: AppServices, _ context: RequestContext, _ input: [String: String], _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let user = try context.signedInUser
        let (choices, needs) = try services.pool.read { db in
            let choices = try flaggable(user, db)
            return (choices, try TrainingNeedStore.open(trustedPersonIDs: choices.map(\.person.id), db))
        }
        var values = FormView.values(input, errors)
        values["people"] = Choices.of(
            choices.map { (String($0.person.id), $0.person.name + ($0.person.organisationName.map { ", " + $0 } ?? "")) },
            selected: input["trusted_person"])
        values["hasPeople"] = .bool(!choices.isEmpty)
        values["courses"] = Choices.of(TrainingCourse.self, selected: input["course"]) { $0.title }
        values["needs"] = .array(needs.map(TrainingView.need))
        values["action"] = .string(Route.newTrainingNeed.path)
        return try services.page("training/need", title: "Flag a training need", context, values, status: status)
    }

    private static func flag(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let user = try context.signedInUser
        let input = TrainingNeedForm.submitted(context.form)
        let choices = try services.pool.read { db in try flaggable(user, db) }
        var errors = input.controlCharacterErrors
        let decoded = TrainingNeedForm.decode(input, allowed: Set(choices.map(\.person.id)), into: &errors)
        if let decoded, try services.pool.read({ db in
            try TrainingNeedStore.isOpen(trustedPersonID: decoded.trustedPersonID, course: decoded.course, db)
        }) {
            errors.add("course", "This need is already flagged and not yet met.")
        }
        guard errors.isEmpty, let decoded, let capacity = choices.first(where: { $0.person.id == decoded.trustedPersonID })?.as else {
            return try form(services, context, input.text, errors, status: .unprocessableContent)
        }
        try services.pool.write { db in
            try TrainingNeedStore.flag(
                trustedPersonID: decoded.trustedPersonID, course: decoded.course, note: decoded.note, by: user.id, as: capacity,
                now: context.now, db)
        }
        let home: Route = capacity == .champion ? .organisation : (capacity == .coordinator ? .training : .newTrainingNeed)
        return .redirect(to: home, notice: .trainingNeedFlagged)
    }
}
