import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// Training on the trusted person's page: the courses they attended, and the form a
/// coordinator records attendance with (course, day, provider and places when known). The
/// report reads the same tables (`training_sessions`, `training_attendance`).
enum TrainingPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.post(Route.trustedPersonTraining) { context, trusted in
            let person = try TrustedPeoplePages.find(services, context)
            let user = try context.signedInUser
            let input = SubmittedForm(context.form, fields: ["course", "attended_on", "provider", "places"])
            let read = TrainingAttendance.read({ input.text[$0] }, today: LondonTime.today(context.now))
            var errors = input.controlCharacterErrors
            errors.add(read.1)
            let attendance = errors.isEmpty ? read.0 : nil
            if let attendance, try services.pool.read({ db in
                try TrainingStore.hasAttended(trustedPersonID: person.id, course: attendance.course, on: attendance.attendedOn, db)
            }) {
                errors.add("attended_on", "\(person.name) is already recorded at \(attendance.course.title.lowercased()) on \(attendance.attendedOn.display).")
            }
            guard errors.isEmpty, let attendance else {
                return try TrustedPeoplePages.detail(
                    services, context, person, training: (input.text, errors), status: .unprocessableContent)
            }
            _ = try services.pool.write { db in
                try TrainingStore.record(attendance, trustedPersonID: person.id, by: user.id, now: context.now, db)
            }
            return .redirect(to: Route.trustedPerson(TrustedPersonID(person.id)), notice: .trainingRecorded, fragment: "training")
        }
    }

    /// The trusted person page's training section: what they attended, and the form.
    static func values(
        _ services: AppServices, _ context: RequestContext, _ person: TrustedPersonRecord, _ input: [String: String]?, _ errors: FieldErrors
    ) throws -> TemplateValue {
        let attended = try services.pool.read { db in try TrainingStore.attended(trustedPersonID: person.id, db) }
        let form = input ?? ["course": TrainingCourse.traumaInformedPractice.rawValue, "attended_on": LondonTime.today(context.now).typedText]
        return [
            "action": .string(Route.trustedPersonTraining(TrustedPersonID(person.id)).path),
            "attended": .array(attended.map { item in
                ["course": .string(item.course.title), "on": .string(item.heldOn.display), "onISO": .string(item.heldOn.iso), "provider": TemplateValue(item.provider)]
            }),
            "hasAttended": .bool(!attended.isEmpty),
            "form": .dictionary(form.mapValues { .string($0) }),
            "errors": .dictionary(Dictionary(uniqueKeysWithValues: errors.entries.map { ($0.field, .string($0.message)) })),
            "courses": Choices.of(TrainingCourse.self, selected: form["course"]) { $0.title },
        ]
    }
}
