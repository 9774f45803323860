import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// Referring someone, their record, editing their details, and moving their case through
/// referred → open → closed (and reopening), keeping every change in the history.
enum PeoplePages {
    static let caseWork = Access.permission(.workCaseload)

    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get("/people/new", caseWork) { context in
            let today = LondonTime.today(context.now).iso
            return try referralForm(services, context, ["referred_on": today], FieldErrors(), action: "/people", title: "Refer someone")
        }
        routes.post("/people", caseWork) { context in
            let (referral, errors) = ReferralRules.read({ context.form[$0] }, today: LondonTime.today(context.now))
            guard let referral else {
                return try referralForm(services, context, input(context), errors, action: "/people", title: "Refer someone", status: .unprocessableContent)
            }
            let user = try context.signedInUser
            let created = try services.pool.write { db in try IndividualStore.create(referral, by: user.id, now: context.now, db) }
            return .redirect(to: "/people/\(created.id)?notice=" + Notice.referred.rawValue)
        }
        routes.get("/people/:id", .individualRecord) { context in
            try RecordPage.render(services, context, individualID: try existingID(services, context))
        }
        routes.get("/people/:id/edit", caseWork) { context in
            let person = try find(services, context)
            return try referralForm(services, context, values(of: person), FieldErrors(), action: "/people/\(person.id)/edit", title: "Change \(person.preferredName)'s details")
        }
        routes.post("/people/:id/edit", caseWork) { context in
            let person = try find(services, context)
            let (referral, errors) = ReferralRules.read({ context.form[$0] }, today: LondonTime.today(context.now))
            guard let referral else {
                return try referralForm(services, context, input(context), errors, action: "/people/\(person.id)/edit", title: "Change \(person.preferredName)'s details", status: .unprocessableContent)
            }
            try services.pool.write { db in try IndividualStore.updateDetails(person.id, referral, now: context.now, db) }
            return .redirect(to: "/people/\(person.id)?notice=" + Notice.detailsSaved.rawValue)
        }
        routes.post("/people/:id/status", caseWork) { context in
            try changeStatus(services, context)
        }
        routes.post("/people/:id/eligibility", caseWork) { context in
            let person = try find(services, context)
            let reason = (context.form["exception_reason"] ?? "").trimmingWhitespace()
            if reason.count > 500 {
                var errors = FieldErrors()
                errors.add("exception_reason", "Keep the reason to 500 characters or fewer.")
                return try RecordPage.render(services, context, individualID: person.id, errors: errors, status: .unprocessableContent)
            }
            try services.pool.write { db in
                try IndividualStore.setEligibilityException(person.id, reason.isEmpty ? nil : reason, now: context.now, db)
            }
            return .redirect(to: "/people/\(person.id)?notice=" + Notice.detailsSaved.rawValue + "#eligibility")
        }
    }

    /// The individual named by `:id`, read through `PersonalDataAccess` (so the policy allows it
    /// and the access log records it, with the request as the reason); `notFound` when there is
    /// no such record and the user could see it if there were.
    static func find(_ services: AppServices, _ context: RequestContext) throws -> IndividualRecord {
        let id = try existingID(services, context)
        let reason = "\(context.request.method.rawValue) \(context.request.path)"
        guard let person = try services.personalData.read(individualID: id, user: try context.signedInUser, now: context.now, reason: reason, { db, _ in
            try IndividualStore.find(id: id, db)
        }) else { throw AppError.notFound }
        return person
    }

    /// The `:id` of an individual who exists: otherwise `notFound` for those who could see any
    /// record, `forbidden` for everyone else, so a trusted person learns nothing from an id.
    static func existingID(_ services: AppServices, _ context: RequestContext) throws -> Int64 {
        let id = try context.id("id")
        guard try services.pool.read({ db in try RelationStore.exists(individualID: id, db) }) else {
            throw try context.signedInUser.may(.workCaseload) ? AppError.notFound : AppError.forbidden
        }
        return id
    }

    private static func changeStatus(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let person = try find(services, context)
        let user = try context.signedInUser
        let today = LondonTime.today(context.now)
        var errors = FieldErrors()
        let target = CaseStatus(rawValue: context.form["to_status"] ?? "")
        if let target, !person.status.canChange(to: target) {
            errors.add("to_status", DomainError.invalidStatusChange(from: person.status, to: target).description)
        } else if target == nil {
            errors.add("to_status", "Choose the new status.")
        } else if target == .open, let refusal = person.eligibility.refusalToOpen {
            errors.add("to_status", refusal)
        }
        let day = DateRules.required((context.form["on"] ?? "").trimmingWhitespace(), field: "on", today: today, into: &errors)
        if let day, day < person.referredOn { errors.add("on", "The date cannot be before the referral (\(person.referredOn.display)).") }
        if let day, target == .closed, let opened = person.openedOn, day < opened {
            errors.add("on", "The case cannot close before it opened (\(opened.display)).")
        }
        let reason = ClosureReason(rawValue: context.form["closure_reason"] ?? "")
        if target == .closed, reason == nil { errors.add("closure_reason", "Choose why the case is closing.") }
        let note = (context.form["note"] ?? "").trimmingWhitespace()
        if note.count > 1000 { errors.add("note", "Keep the note to 1,000 characters or fewer.") }
        guard errors.isEmpty, let target, let day else {
            return try RecordPage.render(services, context, individualID: person.id, errors: errors, status: .unprocessableContent)
        }
        try services.pool.write { db in
            try IndividualStore.changeStatus(person.id, to: target, on: day, reason: target == .closed ? reason : nil, note: note, by: user.id, now: context.now, db)
        }
        return .redirect(to: "/people/\(person.id)?notice=" + Notice.statusChanged.rawValue)
    }

    static func input(_ context: RequestContext) -> [String: String] {
        var fields = ["preferred_name", "legal_name", "date_of_birth", "district", "cohort_group", "referral_source", "referred_on"]
        for kind in Disadvantage.allCases { fields += [kind.rawValue, kind.rawValue + "_on"] }
        return Dictionary(uniqueKeysWithValues: fields.map { ($0, context.form[$0] ?? "") })
    }

    static func values(of person: IndividualRecord) -> [String: String] {
        var values = [
            "preferred_name": person.preferredName, "legal_name": person.legalName ?? "",
            "date_of_birth": person.dateOfBirth?.iso ?? "", "district": person.district.rawValue,
            "cohort_group": person.cohortGroup.rawValue, "referral_source": person.referralSource ?? "",
            "referred_on": person.referredOn.iso,
        ]
        for (kind, on) in person.disadvantages {
            values[kind.rawValue] = "on"
            values[kind.rawValue + "_on"] = on.iso
        }
        return values
    }

    static func referralForm(
        _ services: AppServices, _ context: RequestContext, _ input: [String: String], _ errors: FieldErrors,
        action: String, title: String, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        var values = FormView.values(input, errors)
        values["action"] = .string(action)
        values["districts"] = Choices.of(District.self, selected: input["district"]) { $0.title }
        values["cohortGroups"] = Choices.of(CohortGroup.self, selected: input["cohort_group"]) { $0.title }
        values["disadvantages"] = .array(Disadvantage.allCases.map { kind in
            [
                "slug": .string(kind.rawValue), "title": .string(kind.title),
                "checked": .bool(!(input[kind.rawValue] ?? "").isEmpty), "on": .string(input[kind.rawValue + "_on"] ?? ""),
                "error": errors[kind.rawValue + "_on"].map { .string($0) } ?? .null,
            ]
        })
        return try services.page("people/referral", title: title, context, values, status: status)
    }
}
