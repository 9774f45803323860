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
        routes.get(.newReferral) { context in
            let today = LondonTime.today(context.now).iso
            return try referralForm(services, context, ["referred_on": today], FieldErrors(), action: Route.referrals.path, title: "Refer someone")
        }
        routes.post(.referrals) { context in
            let (referral, errors) = ReferralRules.read({ context.form[$0] }, today: LondonTime.today(context.now))
            guard let referral else {
                return try referralForm(services, context, input(context), errors, action: Route.referrals.path, title: "Refer someone", status: .unprocessableContent)
            }
            let user = try context.signedInUser
            let created = try services.pool.write { db in try IndividualStore.create(referral, consent: .givenVerbally, by: user.id, now: context.now, db) }
            return .redirect(to: Route.person(IndividualID(created.id)), notice: .referred)
        }
        routes.get(Route.person) { context, individual in
            try RecordPage.render(services, context)
        }
        routes.get(Route.editPerson) { context, individual in
            let person = try services.personalData.person(context)
            return try referralForm(services, context, try values(of: person, try context.individualAccess.readable), FieldErrors(), action: Route.editPerson(IndividualID(person.id)).path, title: "Change \(person.preferredName)'s details")
        }
        routes.post(Route.editPerson) { context, individual in
            let person = try services.personalData.person(context)
            try requireEveryDetail(try context.individualAccess.readable)
            let (referral, errors) = ReferralRules.read({ context.form[$0] }, today: LondonTime.today(context.now))
            guard let referral else {
                return try referralForm(services, context, input(context), errors, action: Route.editPerson(IndividualID(person.id)).path, title: "Change \(person.preferredName)'s details", status: .unprocessableContent)
            }
            try services.pool.write { db in try IndividualStore.updateDetails(person.id, referral, now: context.now, db) }
            return .redirect(to: Route.person(IndividualID(person.id)), notice: .detailsSaved)
        }
        routes.post(Route.caseStatus) { context, individual in
            try changeStatus(services, context)
        }
        routes.post(Route.eligibility) { context, individual in
            let person = try services.personalData.person(context)
            let reason = (context.form["exception_reason"] ?? "").trimmingWhitespace()
            if reason.count > 500 {
                var errors = FieldErrors()
                errors.add("exception_reason", "Keep the reason to 500 characters or fewer.")
                return try RecordPage.render(services, context, errors: errors, status: .unprocessableContent)
            }
            try services.pool.write { db in
                try IndividualStore.setEligibilityException(person.id, reason.isEmpty ? nil : reason, now: context.now, db)
            }
            return .redirect(to: Route.person(IndividualID(person.id)), notice: .detailsSaved, fragment: "eligibility")
        }
    }

    private static func changeStatus(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let person = try services.personalData.person(context)
        let user = try context.signedInUser
        let today = LondonTime.today(context.now)
        var errors = FieldErrors()
        let target = CaseStatus(rawValue: context.form["to_status"] ?? "")
        if let target, !person.status.canChange(to: target) {
            errors.add("to_status", DomainError.invalidStatusChange(from: person.status, to: target).description)
        } else if target == nil {
            errors.add("to_status", "Choose the new status.")
        } else if target == .open, let refusal = try services.pool.read({ db in try IndividualStore.eligibility(person.id, db) }).refusalToOpen {
            errors.add("to_status", refusal)
        }
        let day = DateRules.required((context.form["on"] ?? "").trimmingWhitespace(), field: "on", today: today, into: &errors)
        if let day, let referred = person.referredOn.open(try context.individualAccess.readable), day < referred {
            errors.add("on", "The date cannot be before the referral (\(referred.display)).")
        }
        if let day, target == .closed, let opened = person.openedOn, day < opened {
            errors.add("on", "The case cannot close before it opened (\(opened.display)).")
        }
        let reason = ClosureReason(rawValue: context.form["closure_reason"] ?? "")
        if target == .closed, reason == nil { errors.add("closure_reason", "Choose why the case is closing.") }
        let note = (context.form["note"] ?? "").trimmingWhitespace()
        if note.count > 1000 { errors.add("note", "Keep the note to 1,000 characters or fewer.") }
        guard errors.isEmpty, let target, let day else {
            return try RecordPage.render(services, context, errors: errors, status: .unprocessableContent)
        }
        if target == .closed, let reason, !Confirmation.isConfirmed(context) {
            return try confirmClosing(services, context, person, on: day, reason: reason)
        }
        try services.pool.write { db in
            try IndividualStore.changeStatus(person.id, to: target, on: day, reason: target == .closed ? reason : nil, note: note, by: user.id, now: context.now, db)
        }
        return .redirect(to: Route.person(IndividualID(person.id)), notice: .statusChanged)
    }

    /// The page asked before a case closes: whose, from when, and why.
    private static func confirmClosing(
        _ services: AppServices, _ context: RequestContext, _ person: IndividualRecord, on day: CalendarDate, reason: ClosureReason
    ) throws -> HTTPResponse {
        let name = person.preferredName
        return try Confirmation(
            question: "Close \(name)'s case (\(person.ref))?",
            happens: [
                "\(name)'s case closes on \(day.display). The reason recorded: \(reason.title.lowercased()).",
                "\(name) leaves the open caseload; their record, circle and history stay as they are.",
            ],
            permanence: "The closure stays in \(name)'s history. If they come back, reopen the case: that starts a new period.",
            button: "Yes, close the case", action: .caseStatus(IndividualID(person.id)),
            back: Route.person(IndividualID(person.id)).path, fields: Confirmation.carried(context)
        ).render(services, context)
    }

    static func input(_ context: RequestContext) -> [String: String] {
        var fields = ["preferred_name", "legal_name", "date_of_birth", "district", "cohort_group", "referral_source", "referred_on"]
        for kind in Disadvantage.allCases { fields += [kind.rawValue, kind.rawValue + "_on"] }
        return Dictionary(uniqueKeysWithValues: fields.map { ($0, context.form[$0] ?? "") })
    }

    /// The categories the details form shows and saves: its reader must be able to read them
    /// all, or saving would blank what they cannot see.
    static let detailCategories: Set<InformationCategory> = Set(Disadvantage.allCases.map(\.category)).union([.contactDetails, .notes])

    private static func requireEveryDetail(_ readable: Readable) throws {
        guard detailCategories.isSubset(of: readable.categories) else {
            throw AppError.badRequest(
                "Not every detail on this form is shared with the coordination team, so it cannot be changed here. Record what the person agreed to share first.")
        }
    }

    /// The form's values, each opened through the request's `Readable` (so the access log names
    /// every category shown); refused when the reader may not see them all.
    static func values(of person: IndividualRecord, _ readable: Readable) throws -> [String: String] {
        try requireEveryDetail(readable)
        var values = [
            "preferred_name": person.preferredName, "legal_name": (person.legalName.open(readable) ?? nil) ?? "",
            "date_of_birth": (person.dateOfBirth.open(readable) ?? nil)?.iso ?? "", "district": person.district.rawValue,
            "cohort_group": person.cohortGroup.open(readable)?.rawValue ?? "", "referral_source": (person.referralSource.open(readable) ?? nil) ?? "",
            "referred_on": person.referredOn.open(readable)?.iso ?? "",
        ]
        for (kind, on) in person.disadvantages(readable) {
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
