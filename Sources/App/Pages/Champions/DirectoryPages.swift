import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The champions' network directory: every champion and coordinator with their organisation and
/// how to reach them at work (work email, work phone), for every professional role; and the page
/// where each professional keeps their own work phone number. No personal contact details.
enum DirectoryPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.directory) { context in
            let entries = try services.pool.read { db in try DirectoryStore.entries(db) }
            return try services.page("champions/directory", title: "Champions' network", context, [
                "entries": .array(entries.map { entry in
                    [
                        "name": .string(entry.name),
                        "roles": .string(entry.roles.sorted().map(\.title).joined(separator: ", ")),
                        "organisation": TemplateValue(entry.organisationName),
                        "email": .string(entry.workEmail),
                        "phone": TemplateValue(entry.workPhone),
                    ]
                }),
            ])
        }
        routes.get(.workContact) { context in
            let user = try context.signedInUser
            let phone = try services.pool.read { db in try DirectoryStore.workPhone(userID: user.id, db) }
            return try form(services, context, ["work_phone": phone ?? ""], FieldErrors())
        }
        routes.post(.workContact) { context in
            let user = try context.signedInUser
            let input = WorkContactForm.submitted(context.form)
            var errors = input.controlCharacterErrors
            guard let contact = WorkContactForm.decode(input, into: &errors) else {
                return try form(services, context, input.text, errors, status: .unprocessableContent)
            }
            try services.pool.write { db in try DirectoryStore.setWorkPhone(userID: user.id, contact.phone, db) }
            return .redirect(to: Route.directory, notice: .detailsSaved)
        }
    }

    private static func form(
        _ services: AppServices, _ context: RequestContext, _ input: [String: String], _ errors: FieldErrors,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        var values = FormView.values(input, errors)
        values["email"] = .string(try context.signedInUser.email)
        return try services.page("champions/work-contact", title: "My work contact details", context, values, status: status)
    }
}
