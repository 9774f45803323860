import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The home page and the manager's network page (the champion's home is `OrganisationPage`).
enum HomePages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.home) { context in
            let user = try context.signedInUser
            let areas = PageRenderer.navigation.filter { $0.href != "/" && ($0.permission.map(user.may) ?? false) }
            return try services.page(
                "home", title: "Home", context,
                ["areas": .array(areas.map { ["label": .string($0.label), "href": .string($0.href)] })])
        }
        routes.get(.network) { context in
            try network(services, context)
        }
    }

    /// The manager's view: aggregates, every safeguarding override and the latest access log
    /// entries, by reference. Each person whose reference the page shows is logged first, in
    /// one commit (the override reasons and who looked are about them).
    private static func network(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let (counts, organisations, cohort, overrides, access, barriers) = try services.pool.read { db in
            (try UserStore.activeRoleCounts(db), try OrganisationStore.all(db).count, try CaseloadStore.counts(db),
             try SafeguardingOverrideStore.recent(limit: 50, db), try services.accessLog.recent(limit: 50, references: db),
             try BarrierStore.list(status: nil, openOnly: true, db))
        }
        let pledges = try services.pool.read { db in try PledgeStore.all(db) }
        let roleGrants = try services.pool.read { db in try RoleGrantStore.recent(limit: 30, db) }
        let trends = try services.networkTrendsCache.values(today: context.today, services.pool)
        var shown: [Int64] = []
        for id in overrides.map(\.individualID) + access.compactMap(\.individualID) where !shown.contains(id) { shown.append(id) }
        try services.personalData.logListing(
            individualIDs: shown, user: try context.signedInUser, now: context.now, reason: AccessLog.networkPageReason)
        let page: [String: TemplateValue] = [
                "roleCounts": .array(Role.allCases.map { ["role": .string($0.title), "count": .int(counts[$0] ?? 0)] }),
                "organisationCount": .int(organisations),
                "openBarriers": .int(barriers.count),
                "escalatedBarriers": .int(barriers.filter { $0.status == .escalated }.count),
                "cohort": .dictionary(cohort.mapValues { .int($0) }),
                "roleGrants": .array(roleGrants.map(RoleGrantView.networkRow)),
                "pledges": .array(pledges.map { ["name": .string($0.name), "pledge": OrganisationPage.pledgeValue($0.pledge, today: context.today)] }),
                "access": .array(access.map { entry in
                    ["at": .string(LondonTime.format(entry.at)), "ref": .string(entry.ref), "who": .string(entry.who),
                     "categories": .string(entry.categories.isEmpty ? "summary only" : entry.categories),
                     "why": .string(AccessLogReasonWords.sentence(action: entry.action, reason: entry.reason))]
                }),
                "overrides": .array(overrides.map { override in
                    ["ref": .string(override.ref), "by": .string(override.by), "reason": .string(override.reason),
                     "at": .string(LondonTime.format(override.at)),
                     "categories": .string(override.categories.split(separator: ",").compactMap { InformationCategory(rawValue: String($0))?.title }.joined(separator: ", "))]
                }),
            ]
        return try services.page("network", title: "Network", context, page.merging(trends) { page, _ in page })
    }
}
