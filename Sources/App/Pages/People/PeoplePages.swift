import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// Referring someone, their record, editing their details, and moving their case through
/// referred → open → closed (and reopening), keeping every change in the history.
enum PeoplePages {

    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.newReferral) { context in
            let today = LondonTime.today(context.now).iso
            return try referralForm(services, context, ["referred_on": today], FieldErrors(), action: Route.referrals.path, title: "Refer someone")
        }
        routes.post(.referrals) { context in
            let (referral, errors, typed) = readReferral(context)
            guard let referral else {
                return try referralForm(services, context, typed, errors, action: Route.referrals.path, title: "Refer someone", status: .unprocessableContent)
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
            let (referral, errors, typed) = readReferral(context)
            guard let referral else {
                return try referralForm(services, context, typed, errors, action: Route.editPerson(IndividualID(person.id)).path, title: "Change \(person.preferredName)'s details", status: .unprocessableContent)
            }
            let user = try context.signedInUser
            try services.pool.write { db in try CorrectionStore.updateDetailsKeepingHistory(person.id, referral, by: user.id, now: context.now, db) }
            return .redirect(to: Route.person(IndividualID(person.id)), notice: .detailsSaved)
        }
        routes.post(Route.caseStatus) { context, individual in
            try changeStatus(services, context)
        }
        routes.post(Route.eligibility) { context, individual in
            let person = try services.personalData.person(context)
            let input = EligibilityExceptionForm.submitted(context.form)
            var errors = input.controlCharacterErrors
            guard let exception = EligibilityExceptionForm.decode(input, into: &errors) else {
                return try RecordPage.render(services, context, errors: errors, status: .unprocessableContent)
            }
            try services.pool.write { db in
                try IndividualStore.setEligibilityException(person.id, exception.reason, now: context.now, db)
            }
            return .redirect(to: Route.person(IndividualID(person.id)), notice: .detailsSaved, fragment: "eligibility")
        }
    }

    private static func changeStatus(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let person = try services.personalData.person(context)
        let user = try context.signedInUser
        let input = StatusChangeForm.submitted(context.form)
        var refusalToOpen: String?
        if let target = StatusChangeForm.target(input), target == .open, person.status.canChange(to: target) {
            refusalToOpen = try services.pool.read({ db in try IndividualStore.eligibility(person.id, db) }).refusalToOpen
        }
        var errors = input.controlCharacterErrors
        guard let change = StatusChangeForm.decode(
            input, current: person.status, refusalToOpen: refusalToOpen, referredOn: person.referredOn.open(try context.individualAccess.readable),
            openedOn: person.openedOn, today: context.today, into: &errors)
        else {
            return try RecordPage.render(services, context, errors: errors, status: .unprocessableContent)
        }
        if let reason = change.closureReason, !Confirmation.isConfirmed(context) {
            return try confirmClosing(services, context, person, on: change.on, reason: reason)
        }
        try services.pool.write { db in
            try IndividualStore.changeStatus(
                person.id, to: change.target, on: change.on, reason: change.closureReason, note: change.note, by: user.id, now: context.now, db)
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

    /// The fields of the referral and details form.
    static let referralFields: [String] = ["preferred_name", "legal_name", "date_of_birth", "district", "cohort_group", "referral_source", "referred_on"]
        + Disadvantage.allCases.flatMap { [$0.rawValue, $0.rawValue + "_on"] }

    static func input(_ context: RequestContext) -> [String: String] {
        Dictionary(uniqueKeysWithValues: referralFields.map { ($0, context.form[$0] ?? "") })
    }

    /// The referral or details form read from the request: the referral, or nil with the messages
    /// (a control character in a field is one, beside that field) and the text to show again.
    static func readReferral(_ context: RequestContext) -> (Referral?, FieldErrors, [String: String]) {
        let submitted = SubmittedForm(context.form, fields: referralFields)
        var (referral, errors) = ReferralRules.read({ context.form[$0] == nil ? nil : submitted[$0] }, today: LondonTime.today(context.now))
        if !submitted.controlCharacterErrors.isEmpty {
            errors.add(submitted.controlCharacterErrors)
            referral = nil
        }
        return (referral, errors, submitted.text)
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
