import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The manager's access-log search (linked from the network page): by a person's reference, a
/// user and a date range, newest first, fifty a page (the page number clamped to the pages
/// there are), each reason in words. Reading the log must not itself leak: every person whose
/// reference the page shows is logged first, in one commit, as the network page does; those
/// listings (and the network page's) are left out of the results, as they are there.
enum AccessLogSearchPage {
    static let pageSize = 50
    /// The reason logged for each person the search shows.
    static let listingReason = "access log search"

    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.accessLog) { context in
            try search(services, context)
        }
    }

    private static func search(_ services: AppServices, _ context: RequestContext) throws -> HTTPResponse {
        let input = AccessLogSearchForm.submitted(context.request.queryParameters)
        var errors = FieldErrors()
        guard let form = AccessLogSearchForm.decode(input, today: context.today, into: &errors) else {
            var values = FormView.values(input.text, errors)
            values["action"] = .string(Route.accessLog.path)
            return try services.page("network/access-log", title: "Search the access log", context, values, status: .unprocessableContent)
        }
        var filter = AccessLogFilter(hiddenListingReasons: [AccessLog.networkPageReason, listingReason])
        try services.pool.read { db in
            if let reference = form.reference { filter.individualID = try AccessLogSearchStore.individualID(reference: reference, db) ?? 0 }
            if let user = form.user { filter.userIDs = try AccessLogSearchStore.userIDs(matching: user, db) }
        }
        filter.since = form.from.map(LondonTime.startOfDay)
        filter.before = form.to.map { LondonTime.startOfDay($0.adding(days: 1)) }
        let log = services.accessLog
        let total = try log.pool.read { db in try AccessLogStore.count(filter, db) }
        let lastPage = max(1, (total + pageSize - 1) / pageSize)
        let page = min(form.page, lastPage)
        let rows = try log.pool.read { db in try AccessLogStore.search(filter, limit: pageSize, offset: (page - 1) * pageSize, db) }
        let entries = try services.pool.read { db in try rows.map { try AccessLogSearchEntry($0, names: db) } }
        var shown: [Int64] = []
        for id in entries.compactMap(\.individualID) where !shown.contains(id) { shown.append(id) }
        try services.personalData.logListing(individualIDs: shown, user: try context.signedInUser, now: context.now, reason: listingReason)
        var values = FormView.values(input.text, errors)
        values["action"] = .string(Route.accessLog.path)
        values["searched"] = .bool(true)
        values["entries"] = .array(entries.map(\.templateValue))
        values["total"] = .int(total)
        values["page"] = .int(page)
        values["lastPage"] = .int(lastPage)
        values["previous"] = page > 1 ? .string(link(input, page: page - 1)) : .null
        values["next"] = page < lastPage ? .string(link(input, page: page + 1)) : .null
        return try services.page("network/access-log", title: "Search the access log", context, values)
    }

    /// The search's address with the same fields and another page.
    private static func link(_ input: SubmittedForm, page: Int) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let pairs = ["ref", "user", "from", "to"].compactMap { name -> String? in
            let value = input[name]
            guard !value.isEmpty else { return nil }
            return name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        } + ["page=\(page)"]
        return Route.accessLog.path + "?" + pairs.joined(separator: "&")
    }
}

/// One entry as the search shows it: when, whose reference, who looked, and why in words.
struct AccessLogSearchEntry {
    let at: Date
    let individualID: Int64?
    let reference: String
    let who: String
    let why: String

    init(_ row: Row, names db: Database) throws {
        at = try row.get("at")
        individualID = try row.get("individual_id")
        reference = try individualID.flatMap { try IndividualStore.reference(id: $0, db) } ?? "–"
        let userID: Int64? = try row.get("user_id")
        who = try userID.flatMap { try UserStore.find(id: $0, db)?.displayName } ?? "Command line"
        let categories: String = try row.get("categories")
        why = AccessLogReasonWords.words(
            action: try row.get("action"), reason: try row.get("reason"),
            categories: categories.split(separator: ",").compactMap { InformationCategory(rawValue: String($0)) })
    }

    var templateValue: TemplateValue {
        ["at": .string(LondonTime.format(at)), "iso": .string(LondonTime.machine(at)), "ref": .string(reference), "who": .string(who), "why": .string(why)]
    }
}
