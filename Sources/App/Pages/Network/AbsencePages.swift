import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// A coordinator marks a trusted person absent (off sick or on leave) with an expected
/// return, and later marks them returned. Nothing ends meanwhile: their people see the
/// back-up acting, or a coordinator gives interim cover in one action (PRODUCT.md, "Absence").
enum AbsencePages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.post(Route.trustedPersonAbsence) { context, trusted in
            try markAbsent(services, context, try TrustedPeoplePages.find(services, context))
        }
        routes.post(Route.trustedPersonReturn) { context, trusted in
            try markReturned(services, context, try TrustedPeoplePages.find(services, context))
        }
    }

    private static func markAbsent(_ services: AppServices, _ context: RequestContext, _ person: TrustedPersonRecord) throws -> HTTPResponse {
        let user = try context.signedInUser
        let input = AbsenceForm.submitted(context.form)
        var errors = input.controlCharacterErrors
        let alreadyAbsent = try services.pool.read({ db in try AbsenceStore.open(trustedPersonID: person.id, db) }) != nil
        let decoded = AbsenceForm.decode(
            input, today: LondonTime.today(context.now), hasLeftRole: person.leftRoleOn != nil, alreadyAbsent: alreadyAbsent, into: &errors)
        guard let absence = decoded else {
            return try TrustedPeoplePages.detail(
                services, context, person, absence: (input.text, errors), status: .unprocessableContent)
        }
        try services.pool.write { db in
            _ = try AbsenceStore.record(
                trustedPersonID: person.id, kind: absence.kind, from: absence.from, expectedReturn: absence.expectedReturn, by: user.id, now: context.now, db)
        }
        return .redirect(to: Route.trustedPerson(TrustedPersonID(person.id)), notice: .absenceRecorded)
    }

    private static func markReturned(_ services: AppServices, _ context: RequestContext, _ person: TrustedPersonRecord) throws -> HTTPResponse {
        let user = try context.signedInUser
        let today = LondonTime.today(context.now)
        let input = ReturnForm.submitted(context.form)
        var errors = input.controlCharacterErrors
        guard let absence = try services.pool.read({ db in try AbsenceStore.open(trustedPersonID: person.id, db) }) else {
            guard errors.isEmpty else {
                return try TrustedPeoplePages.detail(services, context, person, absence: (input.text, errors), status: .unprocessableContent)
            }
            throw AppError.badRequest("They are not marked absent.")
        }
        guard let returned = ReturnForm.decode(input, absence: absence, today: today, into: &errors) else {
            return try TrustedPeoplePages.detail(
                services, context, person, absence: (input.text, errors), status: .unprocessableContent)
        }
        try services.pool.write { db in
            try AbsenceStore.markReturned(
                absence, on: returned.returnedOn, endCover: returned.endCover, by: user.id, now: context.now, db)
        }
        return .redirect(to: Route.trustedPerson(TrustedPersonID(person.id)), notice: .absenceEnded)
    }

    /// The trusted person page's absence section: the open absence with its return form, or
    /// the form to mark them absent, and past absences.
    static func values(
        _ services: AppServices, _ context: RequestContext, _ person: TrustedPersonRecord, _ input: [String: String]?, _ errors: FieldErrors
    ) throws -> TemplateValue {
        let today = LondonTime.today(context.now)
        let (open, history, cover) = try services.pool.read { db in
            let open = try AbsenceStore.open(trustedPersonID: person.id, db)
            return (open, try AbsenceStore.history(trustedPersonID: person.id, db),
                    try open.map { try AbsenceStore.activeCover(absenceID: $0.id, db) } ?? [])
        }
        let form = input ?? ["kind": "sickness", "from": today.typedText, "expected_return": "", "returned_on": today.typedText, "end_cover": "1"]
        return [
            "open": open.map { absence in
                ["kind": .string(absence.kind.title), "from": .string(absence.from.display),
                 "expectedReturn": .string(absence.expectedReturn.display), "coverCount": .int(cover.count)]
            } ?? .null,
            "form": .dictionary(form.mapValues { .string($0) }),
            "endCover": .bool(form["end_cover"] == "1"),
            "errors": .dictionary(Dictionary(uniqueKeysWithValues: errors.entries.map { ($0.field, .string($0.message)) })),
            "kinds": Choices.of(AbsenceKind.self, selected: form["kind"]) { $0.title },
            "history": .array(history.filter { $0.returnedOn != nil }.map { absence in
                ["kind": .string(absence.kind.title), "from": .string(absence.from.display),
                 "returnedOn": TemplateValue(absence.returnedOn?.display)]
            }),
        ]
    }
}
