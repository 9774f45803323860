import Domain
import Foundation
import SQLite

/// What the coordinator's caseload is narrowed to and ordered by.
struct CaseloadFilter: Sendable, Hashable {
    enum Sort: String, CaseIterable, Sendable {
        case recent, reference, name, district, status
    }

    var district: District?
    var status: CaseStatus?
    /// Open or referred people with no active trusted person (interim cover does not count).
    var noTrustedPerson = false
    /// People whose only active links are interim coordinators.
    var interimOnly = false
    /// Changed in the last 14 days.
    var recentlyChanged = false
    /// Open people with an assessment due: none in three months, or the 12-month follow-up due.
    var assessmentDue = false
    /// Open people with no experience survey answered in the last 182 days (half-yearly).
    var surveyDue = false
    /// A reference (exact) or part of a name.
    var search = ""
    var sort = Sort.recent
    var page = 1
    static let pageSize = 50
}

/// One line of the caseload.
struct CaseloadRow: Sendable {
    let id: Int64
    let ref: String
    let preferredName: String
    let district: District
    let status: CaseStatus
    let updatedAt: Date
    let primaryName: String?
    let activeLinks: Int
    let interimLinks: Int

    /// Open or referred with no active trusted person.
    var needsTrustedPerson: Bool { status != .closed && activeLinks == interimLinks }
    var interimOnly: Bool { interimLinks > 0 && activeLinks == interimLinks }
}

/// The caseload query: filters, counts, sorting and paging that stay fast at 10,000 people.
/// Per-person flags and the headline counts come from `caseload_facts` and `caseload_counts`,
/// which triggers keep current in the same transaction as every change (migration 0015); every
/// filter and sort is served by an index, and only the page's own rows are looked up further.
enum CaseloadStore {
    static let recentDays: TimeInterval = 14 * 24 * 60 * 60

    /// Open, and no NDT or Star in the last three months, or the 12-month follow-up window
    /// (baseline + 273 to + 456 days) open with nothing in it yet (AssessmentDue's rules); the
    /// window is turned round into a range of baselines so an index serves it. `?` is today (three times).
    private static let assessmentDue = assessmentDue(indexed: true)

    /// The assessment-due condition; with `indexed: false` every column is written `+f.x`, so
    /// SQLite walks the sort's index and checks it row by row (for when most people are due).
    private static func assessmentDue(indexed: Bool) -> String {
        let column = indexed ? "f." : "+f."
        return """
            (\(column)status = 'open' AND (\(column)last_assessed_on <= date(?, '-3 months')
                OR (\(column)follow_up_done = 0 AND \(column)star_baseline BETWEEN date(?, '-456 days') AND date(?, '-273 days'))))
            """
    }

    /// Open, and no experience survey answered in the 182 days up to today (`ExperienceSurvey.isDue`). `?` is today.
    static let surveyDue = """
        (i.status = 'open' AND NOT EXISTS (SELECT 1 FROM experience_surveys s WHERE s.individual_id = i.id
            AND s.answered_on > date(?, '-\(ExperienceSurvey.dueAfterDays) days')))
        """

    static func page(_ filter: CaseloadFilter, now: Date, _ db: Database) throws -> (rows: [CaseloadRow], total: Int) {
        var counts = try counts(db)
        if filter.assessmentDue {
            // Depends on today, so counted here: one index-only pass over the facts.
            let today = LondonTime.today(now).iso
            counts["assessment_due"] = try db.scalar(
                "SELECT count(*) FROM caseload_facts f WHERE " + assessmentDue, arguments: [today, today, today]) ?? 0
        }
        let (conditions, arguments) = whereClause(filter, now: now, counts: counts)
        let total: Int
        if let known = maintainedTotal(filter, counts) {
            total = known
        } else {
            // Every person has exactly one facts row, so the join only matters when a condition reads
            // it; without it the count is one pass over an index of `individuals`.
            let facts = conditions.contains("f.") ? " JOIN caseload_facts f ON f.individual_id = i.id" : ""
            total = try db.scalar("SELECT count(*) FROM individuals i" + facts + " WHERE " + conditions, arguments: arguments) ?? 0
        }
        let order: String
        switch filter.sort {
        case .recent: order = "i.updated_at DESC, i.id DESC"
        case .reference: order = "i.ref"
        case .name: order = "i.preferred_name COLLATE NOCASE, i.id"
        case .district: order = "i.district, i.preferred_name COLLATE NOCASE, i.id"
        case .status: order = "i.status, i.updated_at DESC, i.id DESC"
        }
        // The inner query picks the page's ids through the indexes; the primary trusted person's
        // name is then looked up for those rows only.
        let rows = try db.query(
            """
            SELECT i.id, i.ref, i.preferred_name, i.district, i.status, i.updated_at,
                (SELECT t.name FROM trust_links l JOIN trusted_people t ON t.id = l.trusted_person_id
                 WHERE l.individual_id = i.id AND l.status = 'active' AND l.role = 'primary' LIMIT 1) AS primary_name,
                f.active_links, f.interim_links
            FROM (SELECT i.id FROM individuals i JOIN caseload_facts f ON f.individual_id = i.id
                  WHERE \(conditions) ORDER BY \(order) LIMIT ? OFFSET ?) p
            JOIN individuals i ON i.id = p.id JOIN caseload_facts f ON f.individual_id = i.id
            ORDER BY \(order)
            """,
            arguments: arguments + [CaseloadFilter.pageSize, (max(1, filter.page) - 1) * CaseloadFilter.pageSize]
        ).map { row in
            CaseloadRow(
                id: try row.get("id"), ref: try row.get("ref"), preferredName: try row.get("preferred_name"),
                district: (try row.vocabulary("district") as District),
                status: (try row.vocabulary("status") as CaseStatus), updatedAt: try row.get("updated_at"),
                primaryName: try row.get("primary_name"), activeLinks: try row.get("active_links"),
                interimLinks: try row.get("interim_links"))
        }
        return (rows, total)
    }

    /// Headline counts over the whole cohort, as maintained (everyone, referred, open, closed,
    /// no_trusted_person, interim_only, without_coordination_consent).
    static func counts(_ db: Database) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try db.query("SELECT name, n FROM caseload_counts") {
            counts[try row.get("name")] = try row.get("n")
        }
        return counts
    }

    /// The total when the filter is exactly one maintained count (or none), so no rows are counted.
    private static func maintainedTotal(_ filter: CaseloadFilter, _ counts: [String: Int]) -> Int? {
        var plain = filter
        plain.page = 1
        plain.sort = .recent
        let status = plain.status
        plain.status = nil
        if plain == CaseloadFilter() { return counts[status?.rawValue ?? "everyone"] }
        guard status == nil else { return nil }
        var flagOnly = CaseloadFilter()
        flagOnly.noTrustedPerson = true
        if plain == flagOnly { return counts["no_trusted_person"] }
        flagOnly = CaseloadFilter()
        flagOnly.interimOnly = true
        if plain == flagOnly { return counts["interim_only"] }
        flagOnly = CaseloadFilter()
        flagOnly.assessmentDue = true
        if plain == flagOnly { return counts["assessment_due"] }
        return nil
    }

    /// The filter as SQL over `individuals i` joined to `caseload_facts f`. A flag that most people
    /// share (by the maintained counts) is written `+f.flag` so SQLite walks the sort's index and
    /// skips the few without it, instead of sorting everyone who has it.
    private static func whereClause(
        _ filter: CaseloadFilter, now: Date, counts: [String: Int]
    ) -> (String, [(any SQLBindable)?]) {
        let everyone = max(1, counts["everyone"] ?? 0)
        func flag(_ name: String) -> String {
            (counts[name] ?? 0) * 10 > everyone ? "+f.\(name) = 1" : "f.\(name) = 1"
        }
        var conditions = ["1 = 1"]
        var arguments: [(any SQLBindable)?] = []
        if let district = filter.district {
            conditions.append("i.district = ?")
            arguments.append(district.rawValue)
        }
        if let status = filter.status {
            conditions.append("i.status = ?")
            arguments.append(status.rawValue)
        }
        if filter.noTrustedPerson {
            conditions.append(flag("no_trusted_person"))
        }
        if filter.interimOnly {
            conditions.append(flag("interim_only"))
        }
        if filter.assessmentDue {
            conditions.append(assessmentDue(indexed: (counts["assessment_due"] ?? 0) * 10 <= everyone))
            let today = LondonTime.today(now).iso
            arguments += [today, today, today]
        }
        if filter.surveyDue {
            conditions.append(surveyDue)
            arguments.append(LondonTime.today(now).iso)
        }
        if filter.recentlyChanged {
            conditions.append("i.updated_at >= ?")
            arguments.append(now.addingTimeInterval(-recentDays))
        }
        let search = filter.search.trimmingWhitespace()
        if !search.isEmpty {
            conditions.append("(i.ref = ? COLLATE NOCASE OR i.preferred_name LIKE ? ESCAPE '\\' OR i.legal_name LIKE ? ESCAPE '\\')")
            let pattern = "%" + likeEscaped(search) + "%"
            arguments += [search, pattern, pattern]
        }
        return (conditions.joined(separator: " AND "), arguments)
    }

    /// The text with LIKE's wildcards taken literally.
    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
