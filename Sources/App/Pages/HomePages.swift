import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The home page and each role's own area. Later features fill the areas; for now each shows
/// what the store already holds for that role.
enum HomePages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get("/", .signedIn) { context in
            let user = try context.signedInUser
            let areas = PageRenderer.navigation.filter { $0.href != "/" && ($0.permission.map(user.may) ?? false) }
            return try services.page(
                "home", title: "Home", context,
                ["areas": .array(areas.map { ["label": .string($0.label), "href": .string($0.href)] })])
        }
        routes.get("/me", .permission(.viewOwnRecord)) { context in
            try services.page("me", title: "My page", context)
        }
        routes.get("/organisation", .permission(.viewOwnOrganisation)) { context in
            try organisation(services, context)
        }
        routes.get("/network", .permission(.viewNetwork)) { context in
            try network(services, context)
        }
    }

    private static func organisation(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let user = try context.signedInUser
        let (organisation, members) = try services.pool.read { db -> (OrganisationRecord?, [UserRecord]) in
            guard let id = user.organisationID, let organisation = try OrganisationStore.find(id: id, db) else {
                return (nil, [])
            }
            return (organisation, try UserStore.members(of: id, holding: .trustedPerson, db))
        }
        return try services.page(
            "organisation", title: organisation?.name ?? "My organisation", context,
            [
                "organisation": organisation.map { ["name": .string($0.name), "sector": .string($0.sector.title)] } ?? .null,
                "trustedPersons": .array(members.map { ["name": .string($0.displayName)] }),
            ])
    }

    private static func network(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let (counts, organisations) = try services.pool.read { db in
            (try UserStore.activeRoleCounts(db), try OrganisationStore.all(db).count)
        }
        return try services.page(
            "network", title: "Network", context,
            [
                "roleCounts": .array(Role.allCases.map { ["role": .string($0.title), "count": .int(counts[$0] ?? 0)] }),
                "organisationCount": .int(organisations),
            ])
    }
}
