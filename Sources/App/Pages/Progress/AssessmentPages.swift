import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// Coordinators record and correct NDT Assessments and Outcomes Star readings. A correction
/// adds a version with who changed it and why; nothing is silently overwritten.
enum AssessmentPages {
    typealias Tool = AssessmentTool

    static func register(in routes: inout RouteTable, _ services: AppServices) {
        for tool in [Tool.ndt, .star] {
            routes.get({ Route.newAssessment($0, tool) }) { context, individual in
                let person = try services.personalData.person(context)
                return try form(services, context, person, tool, ["assessed_on": LondonTime.today(context.now).typedText], FieldErrors(), correcting: nil)
            }
            routes.post({ Route.assessments($0, tool) }) { context, individual in
                try save(services, context, tool, correcting: nil)
            }
            routes.get({ Route.correctAssessment($0, tool, $1) }) { context, individual, assessment in
                let id = try context.parameter(AssessmentID.self).rawValue
                let (person, data) = try ProgressPage.load(services, context, reason: "Opened an assessment to correct it")
                guard data.ndt != nil else { throw AppError.forbidden }
                var input: [String: String] = [:]
                if tool == .ndt, let found = data.ndt?.first(where: { $0.id == id }) {
                    input = Dictionary(uniqueKeysWithValues: NDTItem.allCases.map { ($0.rawValue, String(found.value.rating($0))) })
                    input["assessed_on"] = found.value.assessedOn.iso
                    input["period_note"] = found.value.periodNote ?? ""
                } else if tool == .star, let found = data.star?.first(where: { $0.id == id }) {
                    input = Dictionary(uniqueKeysWithValues: StarArea.allCases.map { ($0.rawValue, String(found.value.score($0))) })
                    input["assessed_on"] = found.value.assessedOn.iso
                    input["took_part"] = found.extra["tookPart"] ?? ""
                    input["note"] = found.extra["note"] ?? ""
                } else {
                    throw AppError.notFound
                }
                return try form(services, context, person, tool, input, FieldErrors(), correcting: id)
            }
            routes.post({ Route.correctAssessment($0, tool, $1) }) { context, individual, assessment in
                try save(services, context, tool, correcting: try context.parameter(AssessmentID.self).rawValue)
            }
        }
        QuarterPages.register(in: &routes, services)
    }

    private static func save(_ services: AppServices, _ context: RequestContext, _ tool: Tool, correcting: Int64?) throws -> HTTPResponse {
        let person = try services.personalData.person(context)
        let user = try context.signedInUser
        let today = LondonTime.today(context.now)
        let input = AssessmentForm.submitted(context.form, tool)
        var errors = input.controlCharacterErrors
        let referredOn = person.referredOn.open(try context.individualAccess.readable)
        guard let assessment = AssessmentForm.decode(
            input, tool: tool, today: today, referredOn: referredOn, correcting: correcting != nil, into: &errors)
        else {
            return try form(services, context, person, tool, input.text, errors, correcting: correcting, status: .unprocessableContent)
        }
        try services.pool.write { db in
            switch assessment.reading {
            case .ndt(let ndt):
                if let correcting {
                    try AssessmentStore.correctNDT(correcting, ndt, reason: assessment.changeReason, individualID: person.id, by: user.id, now: context.now, db)
                } else {
                    try AssessmentStore.addNDT(ndt, individualID: person.id, by: user.id, now: context.now, db)
                }
            case .star(let star, let tookPart, let note):
                if let correcting {
                    try AssessmentStore.correctStar(correcting, star, tookPart: tookPart, note: note, reason: assessment.changeReason, individualID: person.id, by: user.id, now: context.now, db)
                } else {
                    try AssessmentStore.addStar(star, tookPart: tookPart, note: note, individualID: person.id, by: user.id, now: context.now, db)
                }
            }
        }
        return .redirect(to: Route.progress(IndividualID(person.id)), notice: .assessmentSaved)
    }

    private static func form(
        _ services: AppServices, _ context: RequestContext, _ person: IndividualRecord, _ tool: Tool, _ input: [String: String],
        _ errors: FieldErrors, correcting: Int64?, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        var values = FormView.values(input, errors)
        values["person"] = PersonHeading.values(person)
        values["isNDT"] = .bool(tool == .ndt)
        values["correcting"] = .bool(correcting != nil)
        values["copyright"] = .string(NDTAssessment.copyrightNotice)
        values["action"] = .string((correcting.map { Route.correctAssessment(IndividualID(person.id), tool, AssessmentID($0)) } ?? .assessments(IndividualID(person.id), tool)).path)
        let items: [(slug: String, title: String, range: ClosedRange<Int>, weight: Int)] = tool == .ndt
            ? NDTItem.allCases.map { ($0.rawValue, $0.title, NDTItem.ratingRange, $0.weight) }
            : StarArea.allCases.map { ($0.rawValue, $0.title, StarArea.scoreRange, 1) }
        values["items"] = .array(items.map { item in
            [
                "slug": .string(item.slug), "title": .string(item.title), "doubled": .bool(item.weight == 2),
                "error": TemplateValue(errors[item.slug]),
                "options": .array(item.range.map { score in
                    ["value": .string(String(score)), "checked": .bool(input[item.slug] == String(score)),
                     "stage": TemplateValue(tool == .star ? JourneyStage(score: score)?.title : nil)]
                }),
            ]
        })
        let verb = correcting == nil ? "Record" : "Correct"
        return try services.page("progress/assessment-form", title: "\(verb) \(tool.title) for \(person.preferredName)", context, values, status: status)
    }
}
