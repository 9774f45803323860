import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// Managers keep the list of partner organisations.
enum AdminOrganisationPages {

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
        let input = OrganisationForm.submitted(context.form)
        var errors = input.controlCharacterErrors
        let decoded = OrganisationForm.decode(input, today: LondonTime.today(context.now), into: &errors)
        if errors["name"] == nil, try services.pool.read({ db in try OrganisationStore.nameExists(input["name"], exceptID: existing?.id, db) }) {
            errors.add("name", "An organisation with this name already exists.")
        }
        guard errors.isEmpty, let organisation = decoded else {
            return try form(services, context, existing, input.text, errors, status: .unprocessableContent)
        }
        let actor = try context.signedInUser
        try services.pool.write { db in
            if let existing {
                try OrganisationStore.update(
                    id: existing.id, name: organisation.name, sector: organisation.sector, pledgeSignedOn: organisation.pledgeSignedOn, db)
                try AdminEventStore.record(action: "updated the organisation", actorUserID: actor.id, subjectOrganisationID: existing.id, now: context.now, db)
            } else {
                let id = try OrganisationStore.create(
                    name: organisation.name, sector: organisation.sector, pledgeSignedOn: organisation.pledgeSignedOn, now: context.now, db)
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
