import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The coordinator's caseload: filters, counts, sorting, paging (a page past the end shows the
/// last) and a search by reference (typed with or without `CF-` and zeros) or name. The filter lives in the query string, so a filtered view can be bookmarked.
enum CaseloadPage {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.caseload) { context in
            let query = context.request.queryParameters
            var filter = CaseloadFilter()
            filter.district = query["district"].flatMap(District.init(rawValue:))
            filter.status = query["status"].flatMap(CaseStatus.init(rawValue:))
            filter.noTrustedPerson = query["no_trusted_person"] != nil
            filter.interimOnly = query["interim_only"] != nil
            filter.recentlyChanged = query["recent"] != nil
            filter.assessmentDue = query["assessment_due"] != nil
            filter.surveyDue = query["survey_due"] != nil
            filter.search = String((query["q"] ?? "").prefix(100))
            filter.sort = query["sort"].flatMap(CaseloadFilter.Sort.init(rawValue:)) ?? .recent
            filter.page = max(1, Int(query["page"] ?? "") ?? 1)
            let today = LondonTime.today(context.now)
            var searched = filter
            searched.search = PersonReference.searched(filter.search) ?? filter.search
            let snapshot = try services.pool.read { db in
                try services.caseloadCache.value(for: CaseloadSnapshot.Key(searched, today: today, now: context.now), db) { db in
                    try CaseloadSnapshot.load(searched, today: today, now: context.now, db)
                }
            }
            filter.page = snapshot.pageNumber
            let page = (rows: snapshot.rows, total: snapshot.total)
            let shownMissing = snapshot.missing.prefix(20)
            let shownDue = snapshot.due.prefix(20)
            var listed = page.rows.map(\.id)
            for id in shownMissing.map(\.individualID) + shownDue.map(\.individualID) + snapshot.questions.map(\.individualID) where !listed.contains(id) {
                listed.append(id)
            }
            try services.personalData.logListing(
                individualIDs: listed, user: try context.signedInUser, now: context.now, reason: "Listed on the caseload")
            var values = values(filter, page, snapshot.counts, acting: snapshot.acting)
            values["rows"] = SurveyDueView.flag(
                values["rows"], page.rows.map(\.id), open: page.rows.map { $0.status == .open }, lastAnsweredOn: snapshot.lastSurveys,
                today: today)
            values["surveyDue"] = .bool(filter.surveyDue)
            values["consentsDue"] = .array(shownMissing.map { item in
                ["id": .string(String(item.individualID)), "path": .string(Route.person(IndividualID(item.individualID)).path), "ref": .string(item.ref), "name": .string(item.name), "missing": .bool(true)]
            } + shownDue.map { item in
                ["id": .string(String(item.individualID)), "path": .string(Route.person(IndividualID(item.individualID)).path),
                 "ref": .string(item.ref), "name": .string(item.name), "recipient": .string(item.recipient), "reviewBy": .string(item.reviewBy.display),
                 "overdue": .bool(item.reviewBy < today), "missing": .bool(false),
                 "renewPath": .string(Route.renewConsent(IndividualID(item.individualID), ConsentID(item.consentID)).path),
                 "changePath": .string(Route.changeConsent(IndividualID(item.individualID), ConsentID(item.consentID)).path)]
            })
            values["consentsDueCount"] = .int(snapshot.dueCount)
            values["noConsentCount"] = .int(snapshot.counts["without_coordination_consent"] ?? 0)
            values["hasNoConsent"] = .bool(!snapshot.missing.isEmpty)
            values["questions"] = CircleQuestionPages.listed(snapshot.questions)
            return try services.page("people/caseload", title: "Caseload", context, values)
        }
    }

    private static func values(
        _ filter: CaseloadFilter, _ page: (rows: [CaseloadRow], total: Int), _ counts: [String: Int], acting: [Int64: String]
    ) -> [String: TemplateValue] {
        let pages = max(1, (page.total + CaseloadFilter.pageSize - 1) / CaseloadFilter.pageSize)
        var query: [(String, String)] = []
        if let district = filter.district { query.append(("district", district.rawValue)) }
        if let status = filter.status { query.append(("status", status.rawValue)) }
        if filter.noTrustedPerson { query.append(("no_trusted_person", "1")) }
        if filter.interimOnly { query.append(("interim_only", "1")) }
        if filter.recentlyChanged { query.append(("recent", "1")) }
        if filter.assessmentDue { query.append(("assessment_due", "1")) }
        if filter.surveyDue { query.append(("survey_due", "1")) }
        if !filter.search.isEmpty { query.append(("q", filter.search)) }
        query.append(("sort", filter.sort.rawValue))
        func link(page number: Int) -> String {
            Route.caseload.path + "?" + (query + [("page", String(number))]).map { $0.0 + "=" + (formEncoded($0.1)) }.joined(separator: "&")
        }
        let first = (filter.page - 1) * CaseloadFilter.pageSize
        return [
            "rows": .array(page.rows.map { row in
                [
                    "id": .string(String(row.id)), "path": .string(Route.person(IndividualID(row.id)).path), "ref": .string(row.ref), "name": .string(row.preferredName),
                    "district": .string(row.district.title), "status": .string(row.status.title),
                    "primary": TemplateValue(row.primaryName), "needsTrustedPerson": .bool(row.needsTrustedPerson),
                    "interimOnly": .bool(row.interimOnly), "updated": .string(LondonTime.format(row.updatedAt)),
                    "acting": TemplateValue(acting[row.id]),
                ]
            }),
            "total": .int(page.total),
            "showing": .string(page.total == 0 ? "0" : "\(first + 1)–\(first + page.rows.count)"),
            "counts": .dictionary(counts.mapValues { .int($0) }),
            "districts": Choices.of(District.self, selected: filter.district?.rawValue) { $0.title },
            "statuses": Choices.of(CaseStatus.self, selected: filter.status?.rawValue) { $0.title },
            "sorts": Choices.of(
                [("recent", "Recently changed"), ("reference", "Reference"), ("name", "Name"), ("district", "District"), ("status", "Status")],
                selected: filter.sort.rawValue),
            "search": .string(filter.search),
            "noTrustedPerson": .bool(filter.noTrustedPerson), "interimOnly": .bool(filter.interimOnly),
            "recent": .bool(filter.recentlyChanged), "assessmentDue": .bool(filter.assessmentDue),
            "previous": filter.page > 1 ? .string(link(page: filter.page - 1)) : .null,
            "next": filter.page < pages ? .string(link(page: filter.page + 1)) : .null,
            "page": .int(filter.page), "pages": .int(pages),
        ]
    }

    private static func formEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }
}
