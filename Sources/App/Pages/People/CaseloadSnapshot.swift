import Domain
import Foundation
import SQLite

/// Everything the caseload page reads for one filter, from one read snapshot: the page of rows
/// (the last page when the one asked for is past the end), the headline counts, the consents
/// due for review and the people with no consent recorded, who is acting for an absent
/// trusted person, the day of each listed open person's latest survey, and the unanswered
/// questions from people about their circle.
///
/// Kept in `AppServices.caseloadCache` per read connection while nothing is committed: the
/// key names every other input, so a kept snapshot equals a fresh one (`CaseloadCacheTests`).
struct CaseloadSnapshot: Sendable {
    /// What a snapshot depends on besides the data: the filter (search already turned into a
    /// reference where it is one), today, and the moment itself when "recently changed" is on.
    struct Key: Hashable, Sendable {
        let filter: CaseloadFilter
        let today: CalendarDate
        let now: Date?

        init(_ filter: CaseloadFilter, today: CalendarDate, now: Date) {
            self.filter = filter
            self.today = today
            self.now = filter.recentlyChanged ? now : nil
        }
    }

    /// How many consents due for review are shown; the rest are counted.
    static let shownDue = 20

    let rows: [CaseloadRow]
    let total: Int
    /// The page shown: the one asked for, or the last when that was past the end.
    let pageNumber: Int
    let counts: [String: Int]
    let due: [(individualID: Int64, ref: String, name: String, recipient: String, reviewBy: CalendarDate, consentID: Int64)]
    let dueCount: Int
    let missing: [(individualID: Int64, ref: String, name: String)]
    let acting: [Int64: String]
    let lastSurveys: [Int64: CalendarDate]
    /// Unanswered questions people asked about someone in their circle (the words stay on their own page).
    let questions: [CircleQuestion]

    /// Reads the snapshot afresh.
    static func load(_ filter: CaseloadFilter, today: CalendarDate, now: Date, _ db: Database) throws -> CaseloadSnapshot {
        var filter = filter
        var page = try CaseloadStore.page(filter, now: now, db)
        if page.rows.isEmpty, page.total > 0, filter.page > 1 {
            filter.page = (page.total + CaseloadFilter.pageSize - 1) / CaseloadFilter.pageSize
            page = try CaseloadStore.page(filter, now: now, db)
        }
        let due = try ConsentStore.dueForReview(today: today, within: ConsentReview.noticeDays, db)
        return CaseloadSnapshot(
            rows: page.rows, total: page.total, pageNumber: filter.page, counts: try CaseloadStore.counts(db),
            due: Array(due.prefix(shownDue)), dueCount: due.count, missing: try ConsentStore.withoutCoordinationConsent(limit: 20, db),
            acting: try AbsenceView.caseloadLines(individualIDs: page.rows.map(\.id), today: today, db),
            lastSurveys: try SurveyStore.lastAnsweredOn(individualIDs: page.rows.filter { $0.status == .open }.map(\.id), db),
            questions: try CircleQuestionStore.unanswered(limit: 20, db))
    }
}
