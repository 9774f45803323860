import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The register's list: filters by organisation involved, kind, level and status, newest or
/// "stuck longest" first (open barriers that have stayed longest in their status), and a
/// champion's own organisation's barriers before the rest.
enum BarrierRegisterPage {
    static func list(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let user = try context.signedInUser
        let query = context.request.queryParameters
        var filter = BarrierFilter()
        filter.organisationID = query["organisation"].flatMap { Int64($0) }
        filter.category = query["category"].flatMap(BarrierCategory.init(rawValue:))
        filter.level = query["level"].flatMap(BarrierLevel.init(rawValue:))
        filter.status = query["status"].flatMap(BarrierStatus.init(rawValue:))
        filter.openOnly = query["open"] != nil
        filter.order = query["order"].flatMap(BarrierFilter.Order.init(rawValue:)) ?? .newest
        if user.roles.contains(.champion) { filter.firstForOrganisationID = user.organisationID }
        let (barriers, organisations) = try services.pool.read { db in
            (try BarrierStore.list(filter, db), try OrganisationStore.all(db))
        }
        return try services.page("barriers/list", title: "System barriers", context, [
            "barriers": .array(barriers.map(BarrierPages.summary)),
            "organisations": Choices.of(
                organisations.map { (String($0.id), $0.name) }, selected: filter.organisationID.map { String($0) }),
            "categories": Choices.of(BarrierCategory.self, selected: filter.category?.rawValue) { $0.title },
            "levels": Choices.of(BarrierLevel.self, selected: filter.level?.rawValue) { $0.title },
            "statuses": Choices.of(BarrierStatus.self, selected: filter.status?.rawValue) { $0.title },
            "orders": Choices.of(BarrierFilter.Order.self, selected: filter.order.rawValue) { $0.title },
            "openOnly": .bool(filter.openOnly),
            "ownFirst": .bool(filter.firstForOrganisationID != nil),
        ])
    }
}
