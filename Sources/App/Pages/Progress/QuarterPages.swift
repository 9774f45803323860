import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// Coordinators record accommodation (nights per setting) and unplanned service use for a
/// quarter of support; quarter 0, for service use, is the three months before support began.
enum QuarterPages {
    typealias Kind = QuarterRecordKind

    static func register(in routes: inout RouteTable, _ services: AppServices) {
        for kind in [Kind.accommodation, .serviceUse] {
            routes.get({ Route.newQuarterRecord($0, kind) }) { context, individual in
                let (person, support) = try opened(services, context)
                let today = LondonTime.today(context.now)
                let current = support.quarter(containing: today).map { max(kind == .accommodation ? 1 : 0, $0 - 1) } ?? 1
                var input = Dictionary(uniqueKeysWithValues: kind.fields.map { ($0.slug, "0") })
                input[QuarterRecordRules.quarterField] = String(current)
                return try form(services, context, person, support, kind, input, FieldErrors())
            }
            routes.post({ Route.quarterRecords($0, kind) }) { context, individual in
                try save(services, context, kind)
            }
        }
    }

    private static func opened(_ services: AppServices, _ context: RequestContext) throws -> (IndividualRecord, SupportQuarter) {
        let person = try services.personalData.person(context)
        guard let openedOn = person.openedOn else {
            throw AppError.badRequest("Support quarters count from the day the case opened. Open \(person.preferredName)'s case first.")
        }
        return (person, SupportQuarter(openedOn: openedOn))
    }

    private static func save(_ services: AppServices, _ context: RequestContext, _ kind: Kind) throws -> HTTPResponse {
        let (person, support) = try opened(services, context)
        let user = try context.signedInUser
        let today = LondonTime.today(context.now)
        let input = QuarterRecordForm.submitted(context.form, kind)
        var errors = input.controlCharacterErrors
        guard let record = QuarterRecordForm.decode(input, kind: kind, support: support, today: today, into: &errors) else {
            return try form(services, context, person, support, kind, input.text, errors, status: .unprocessableContent)
        }
        try services.pool.write { db in
            switch record {
            case .accommodation(let record):
                try QuarterRecordStore.saveAccommodation(record, individualID: person.id, by: user.id, now: context.now, db)
            case .serviceUse(let record):
                try QuarterRecordStore.saveServiceUse(record, individualID: person.id, by: user.id, now: context.now, db)
            }
        }
        return .redirect(to: Route.progress(IndividualID(person.id)), notice: .quarterSaved)
    }

    private static func form(
        _ services: AppServices, _ context: RequestContext, _ person: IndividualRecord, _ support: SupportQuarter, _ kind: Kind,
        _ input: [String: String], _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let today = LondonTime.today(context.now)
        let last = support.quarter(containing: today) ?? 1
        var values = FormView.values(input, errors)
        values["person"] = PersonHeading.values(person)
        values["action"] = .string(Route.quarterRecords(IndividualID(person.id), kind).path)
        values["isAccommodation"] = .bool(kind == .accommodation)
        values["quarters"] = Choices.of(
            ((kind == .accommodation ? 1 : 0)...max(1, last)).map { (String($0), support.describe($0)) },
            selected: input[QuarterRecordRules.quarterField])
        values["quarterError"] = TemplateValue(errors[QuarterRecordRules.quarterField])
        values["totalError"] = TemplateValue(errors[QuarterRecordRules.totalField])
        values["tenancyError"] = TemplateValue(errors[QuarterRecordRules.tenancyTypeField])
        values["tenancyTypes"] = Choices.of(TenancyType.self, selected: input[QuarterRecordRules.tenancyTypeField]) { $0.title }
        values["fields"] = .array(kind.fields.map { item in
            ["slug": .string(item.slug), "title": .string(item.title), "value": .string(input[item.slug] ?? "0"),
             "error": TemplateValue(errors[item.slug])]
        })
        return try services.page("progress/quarter-form", title: "Record \(kind.title) for \(person.preferredName)", context, values, status: status)
    }
}

extension QuarterRecordKind {
    var title: String { self == .accommodation ? "accommodation" : "unplanned service use" }
    var fields: [(slug: String, title: String)] {
        self == .accommodation
            ? AccommodationSetting.allCases.map { ($0.rawValue, $0.title) }
            : ServiceUseKind.allCases.map { ($0.rawValue, $0.title) }
    }
}
