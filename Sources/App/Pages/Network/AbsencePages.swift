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
        let input = ["kind": context.form["kind"] ?? "", "from": (context.form["from"] ?? "").trimmingWhitespace(),
                     "expected_return": (context.form["expected_return"] ?? "").trimmingWhitespace()]
        let today = LondonTime.today(context.now)
        var errors = FieldErrors()
        let kind = AbsenceKind(rawValue: input["kind", default: ""])
        if kind == nil { errors.add("kind", "Choose whether they are off sick or on leave.") }
        let from = date(input["from", default: ""], field: "from", missing: "Enter the day the absence starts.", into: &errors)
        let expected = date(
            input["expected_return", default: ""], field: "expected_return", missing: "Enter when they are expected back, even if it is a guess.",
            into: &errors)
        AbsenceRules.check(from: from, expectedReturn: expected, into: &errors)
        if let expected, expected < today { errors.add("expected_return", "The expected return cannot be in the past.") }
        if person.leftRoleOn != nil { errors.add("kind", "They have left their role: that is a handover, not an absence.") }
        if try services.pool.read({ db in try AbsenceStore.open(trustedPersonID: person.id, db) }) != nil {
            errors.add("kind", "They are already marked absent. Mark them returned first.")
        }
        guard errors.isEmpty, let kind, let from, let expected else {
            return try TrustedPeoplePages.detail(
                services, context, person, absence: (input, errors), status: .unprocessableContent)
        }
        try services.pool.write { db in
            _ = try AbsenceStore.record(
                trustedPersonID: person.id, kind: kind, from: from, expectedReturn: expected, by: user.id, now: context.now, db)
        }
        return .redirect(to: Route.trustedPerson(TrustedPersonID(person.id)), notice: .absenceRecorded)
    }

    private static func markReturned(_ services: AppServices, _ context: RequestContext, _ person: TrustedPersonRecord) throws -> HTTPResponse {
        let user = try context.signedInUser
        let today = LondonTime.today(context.now)
        guard let absence = try services.pool.read({ db in try AbsenceStore.open(trustedPersonID: person.id, db) }) else {
            throw AppError.badRequest("They are not marked absent.")
        }
        let input = ["returned_on": (context.form["returned_on"] ?? "").trimmingWhitespace(), "end_cover": context.form["end_cover"] ?? ""]
        var errors = FieldErrors()
        let returnedOn = date(input["returned_on", default: ""], field: "returned_on", missing: "Enter the day they came back.", into: &errors)
        if let returnedOn { AbsenceRules.checkReturn(returnedOn, of: absence, today: today, into: &errors) }
        guard errors.isEmpty, let returnedOn else {
            return try TrustedPeoplePages.detail(
                services, context, person, absence: (input, errors), status: .unprocessableContent)
        }
        try services.pool.write { db in
            try AbsenceStore.markReturned(
                absence, on: returnedOn, endCover: input["end_cover"] == "1", by: user.id, now: context.now, db)
        }
        return .redirect(to: Route.trustedPerson(TrustedPersonID(person.id)), notice: .absenceEnded)
    }

    /// A required date in ISO form, or a message beside `field`.
    private static func date(_ text: String, field: String, missing: String, into errors: inout FieldErrors) -> CalendarDate? {
        guard !text.isEmpty else {
            errors.add(field, missing)
            return nil
        }
        guard let date = CalendarDate(iso: text) else {
            errors.add(field, DateRules.formatMessage)
            return nil
        }
        return date
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
        let form = input ?? ["kind": "sickness", "from": today.iso, "expected_return": "", "returned_on": today.iso, "end_cover": "1"]
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
