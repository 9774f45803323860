import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// Managers keep the list of partner organisations.
enum AdminOrganisationPages {
    static let access = Access.permission(.administerUsers)

    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.organisations) { context in
            let organisations = try services.pool.read { db in try OrganisationStore.all(db) }
            return try services.page(
                "admin/organisations", title: "Organisations", context,
                ["organisations": .array(organisations.map { organisation in
                    [
                        "id": .string(String(organisation.id)), "path": .string(Route.adminOrganisation(OrganisationID(organisation.id)).path),
                        "name": .string(organisation.name),
                        "sector": .string(organisation.sector.title),
                        "pledge": organisation.pledgeSignedOn.flatMap(CalendarDate.init(iso:)).map { .string($0.display) } ?? .null,
                        "members": .int(organisation.memberCount),
                    ]
                })])
        }
        routes.get(.newOrganisation) { context in
            try form(services, context, nil, [:], FieldErrors())
        }
        routes.post(.organisations) { context in
            try save(services, context, nil)
        }
        routes.get(Route.adminOrganisation) { context, organisation in
            let organisation = try find(services, context)
            return try form(
                services, context, organisation,
                ["name": organisation.name, "sector": organisation.sector.rawValue, "pledge_signed_on": organisation.pledgeSignedOn ?? ""],
                FieldErrors())
        }
        routes.post(Route.adminOrganisation) { context, organisation in
            try save(services, context, try find(services, context))
        }
    }

    private static func find(_ services: AppServices, _ context: RequestContext) throws -> OrganisationRecord {
        let id = try context.parameter(OrganisationID.self).rawValue
        guard let organisation = try services.pool.read({ db in try OrganisationStore.find(id: id, db) }) else {
            throw AppError.notFound
        }
        return organisation
    }

    private static func save(_ services: AppServices, _ context: RequestContext, _ existing: OrganisationRecord?) throws -> HTTPResponse {
        let input = ["name": context.form["name"] ?? "", "sector": context.form["sector"] ?? "",
                     "pledge_signed_on": (context.form["pledge_signed_on"] ?? "").trimmingWhitespace()]
        var errors = FieldErrors()
        OrganisationRules.check(
            name: input["name", default: ""], sector: input["sector", default: ""], pledgeSignedOn: input["pledge_signed_on", default: ""],
            today: LondonTime.today(context.now), into: &errors)
        if errors["name"] == nil, try services.pool.read({ db in try OrganisationStore.nameExists(input["name", default: ""], exceptID: existing?.id, db) }) {
            errors.add("name", "An organisation with this name already exists.")
        }
        guard errors.isEmpty, let sector = Sector(rawValue: input["sector", default: ""]) else {
            return try form(services, context, existing, input, errors, status: .unprocessableContent)
        }
        let pledge = input["pledge_signed_on", default: ""].isEmpty ? nil : input["pledge_signed_on"]
        let actor = try context.signedInUser
        try services.pool.write { db in
            if let existing {
                try OrganisationStore.update(id: existing.id, name: input["name", default: ""], sector: sector, pledgeSignedOn: pledge, db)
                try AdminEventStore.record(action: "updated the organisation", actorUserID: actor.id, subjectOrganisationID: existing.id, now: context.now, db)
            } else {
                let id = try OrganisationStore.create(name: input["name", default: ""], sector: sector, pledgeSignedOn: pledge, now: context.now, db)
                try AdminEventStore.record(action: "created the organisation", actorUserID: actor.id, subjectOrganisationID: id, now: context.now, db)
            }
        }
        return .redirect(to: .organisations, notice: .organisationSaved)
    }

    private static func form(
        _ services: AppServices, _ context: RequestContext, _ existing: OrganisationRecord?, _ input: [String: String],
        _ errors: FieldErrors, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        var values = FormView.values(input, errors)
        values["action"] = .string((existing.map { Route.adminOrganisation(OrganisationID($0.id)) } ?? .organisations).path)
        values["isNew"] = .bool(existing == nil)
        values["sectors"] = .array(Sector.allCases.map { sector in
            ["value": .string(sector.rawValue), "title": .string(sector.title), "selected": .bool(input["sector"] == sector.rawValue)]
        })
        return try services.page(
            "admin/organisation-form", title: existing?.name ?? "New organisation", context, values, status: status)
    }
}
