import Domain
import Foundation
import HTTP
import TemplateEngine

/// Data rights for the programme manager: the subject-access export of everything held about
/// one person (a printable page or a JSON download, each logged with its reason in the person's
/// access log), and the retention rule's dry run (references and counts only).
enum DataRightsPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.subjectAccess) { context in
            try form(services, context, ["format": "html"], FieldErrors())
        }
        routes.post(.subjectAccess) { context in
            let input = SubjectAccessForm.submitted(context.form)
            var errors = input.controlCharacterErrors
            guard let request = try SubjectAccessForm.decode(input, find: { reference in
                try services.pool.read { db in try SubjectAccessStore.individualID(reference: reference, db) }
            }, into: &errors) else {
                return try form(services, context, input.text, errors, status: .unprocessableContent)
            }
            let export = try SubjectAccessExporter.export(
                services, individualID: request.individualID, ref: request.ref, user: try context.signedInUser, reason: request.reason,
                format: request.format.rawValue, now: context.now)
            switch request.format {
            case .json:
                var response = HTTPResponse.bytes(Array(export.json().utf8), contentType: "application/json; charset=utf-8")
                response.headers.set("Content-Disposition", "attachment; filename=\"\(export.reference)-subject-access.json\"")
                return response
            case .html:
                return try services.page(
                    "rights/export", title: "Everything held about \(export.reference)", context, SubjectAccessView.values(export))
            }
        }
        routes.get(.retention) { context in
            let user = try context.signedInUser
            let retention = Retention(pool: services.pool, log: services.personalData.log, rule: RetentionRule(years: services.configuration.retentionYears))
            let due = try retention.dryRun(today: context.today)
            try retention.logListing(due, by: user.id, now: context.now, via: "retention page")
            return try services.page("rights/retention", title: "Retention: what would be erased", context, RetentionView.values(
                due, rule: retention.rule, today: context.today))
        }
    }

    private static func form(
        _ services: AppServices, _ context: RequestContext, _ input: [String: String], _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        var values = FormView.values(input, errors)
        values["action"] = .string(Route.subjectAccess.path)
        values["retentionPath"] = .string(Route.retention.path)
        values["formats"] = Choices.of(
            [("html", "A printable page"), ("json", "A JSON file to download")], selected: input["format"])
        return try services.page("rights/subject-access", title: "Data rights: everything held about one person", context, values, status: status)
    }
}
