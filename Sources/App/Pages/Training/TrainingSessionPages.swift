import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The coordinators' training pages: the needs not yet met, the sessions (course, day,
/// provider, places) with how many attended, a new session, and who attended one. Attendance
/// meets the attendees' open needs for the course and counts towards the coverage
/// (`TrainingCoverage`), which this page shows overall.
enum TrainingSessionPages {
    /// How many sessions the list shows.
    static let listed = 30

    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.training) { context in
            try list(services, context, ["course": TrainingCourse.traumaInformedPractice.rawValue, "held_on": context.today.typedText], FieldErrors())
        }
        routes.post(.training) { context in
            let input = TrainingSessionForm.submitted(context.form)
            var errors = input.controlCharacterErrors
            guard let session = TrainingSessionForm.decode(input, today: context.today, into: &errors) else {
                return try list(services, context, input.text, errors, status: .unprocessableContent)
            }
            let id = try services.pool.write { db in
                try TrainingSessionStore.create(
                    course: session.course, heldOn: session.heldOn, provider: session.provider, places: session.places,
                    by: try context.signedInUser.id, now: context.now, db)
            }
            return .redirect(to: Route.trainingSession(TrainingSessionID(id)), notice: .trainingSessionAdded)
        }
        routes.get(Route.trainingSession) { context, id in
            try detail(services, context, try find(services, id), [], FieldErrors())
        }
        routes.post(Route.trainingAttendance) { context, id in
            try attend(services, context, try find(services, id))
        }
    }

    private static func find(_ services: AppServices, _ id: TrainingSessionID) throws -> TrainingSessionRecord {
        guard let session = try services.pool.read({ db in try TrainingSessionStore.find(id: id.rawValue, db) }) else {
            throw AppError.notFound
        }
        return session
    }

    private static func list(
        _ services: AppServices, _ context: RequestContext, _ input: [String: String], _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let today = context.today
        let (sessions, needs, coverage) = try services.pool.read { db in
            (try TrainingSessionStore.recent(limit: listed, db), try TrainingNeedStore.open(organisationID: nil, db),
             try TrainingCoverageStore.coverage(organisationID: nil, asAt: today, db))
        }
        var values = FormView.values(input, errors)
        values["sessions"] = .array(sessions.map { session in sessionValue(session, today: today) })
        values["needs"] = .array(needs.map(TrainingView.need))
        values["coverage"] = TrainingView.coverage(coverage)
        values["courses"] = Choices.of(TrainingCourse.self, selected: input["course"]) { $0.title }
        values["action"] = .string(Route.training.path)
        values["flagNeed"] = .string(Route.newTrainingNeed.path)
        return try services.page("training/sessions", title: "Training", context, values, status: status)
    }

    private static func sessionValue(_ session: TrainingSessionRecord, today: CalendarDate) -> TemplateValue {
        [
            "href": .string(Route.trainingSession(TrainingSessionID(session.id)).path), "course": .string(session.course.title),
            "on": .string(session.heldOn.display), "iso": .string(session.heldOn.iso), "provider": TemplateValue(session.provider),
            "places": TemplateValue(session.places), "attendees": .int(session.attendees), "planned": .bool(session.heldOn > today),
        ]
    }

    private static func detail(
        _ services: AppServices, _ context: RequestContext, _ session: TrainingSessionRecord, _ ticked: [String], _ errors: FieldErrors,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let (attendees, needs, everyone) = try services.pool.read { db in
            (try TrainingSessionStore.attendees(sessionID: session.id, db), try TrainingNeedStore.open(course: session.course, db),
             try TrainingPeople.active(db))
        }
        let attended = Set(attendees.map(\.trustedPersonID))
        var values = FormView.values([:], errors)
        values["session"] = sessionValue(session, today: context.today)
        values["attendees"] = .array(attendees.map { ["name": .string($0.name), "organisation": TemplateValue($0.organisationName)] })
        values["needing"] = .array(needs.filter { !attended.contains($0.trustedPersonID) }.map { need in
            [
                "value": .string(String(need.trustedPersonID)), "name": .string(need.trustedPersonName),
                "organisation": TemplateValue(need.organisationName), "checked": .bool(ticked.contains(String(need.trustedPersonID))),
            ]
        })
        values["others"] = Choices.of(
            everyone.filter { !attended.contains($0.id) }.map { (String($0.id), $0.name + ($0.organisationName.map { ", " + $0 } ?? "")) },
            selected: nil)
        values["mayRecord"] = .bool(session.heldOn <= context.today && (session.places.map { $0 > session.attendees } ?? true))
        values["action"] = .string(Route.trainingAttendance(TrainingSessionID(session.id)).path)
        values["back"] = .string(Route.training.path)
        return try services.page("training/session", title: "\(session.course.title), \(session.heldOn.display)", context, values, status: status)
    }

    private static func attend(_ services: AppServices, _ context: RequestContext, _ session: TrainingSessionRecord) throws -> HTTPResponse {
        let chosen = TrainingAttendanceForm.submitted(context.form)
        let everyone = try services.pool.read { db in try TrainingPeople.active(db) }
        var errors = FieldErrors()
        if session.heldOn > context.today { errors.add("attendee", "Record who attended once the session has been held.") }
        let placesLeft = session.places.map { max(0, $0 - session.attendees) }
        let decoded = TrainingAttendanceForm.decode(chosen, allowed: Set(everyone.map(\.id)), placesLeft: placesLeft, into: &errors)
        guard errors.isEmpty, let decoded else {
            return try detail(services, context, session, chosen, errors, status: .unprocessableContent)
        }
        _ = try services.pool.write { db in
            try TrainingSessionStore.attend(
                session: session, trustedPersonIDs: decoded.trustedPersonIDs, by: try context.signedInUser.id, now: context.now, db)
        }
        return .redirect(to: Route.trainingSession(TrainingSessionID(session.id)), notice: .trainingRecorded)
    }
}

/// The trusted persons who can attend training: people (not services) still in their role.
enum TrainingPeople {
    static func active(_ db: Database) throws -> [TrustedPersonRecord] {
        try TrustedPersonStore.all(db).filter { $0.kind == .person && $0.leftRoleOn == nil }
    }
}
