import Domain
import Foundation
import SQLite

/// What the coordinator's caseload is narrowed to and ordered by.
struct CaseloadFilter: Sendable, Equatable {
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

/// The caseload query: filters, counts, sorting and paging that stay fast at 10,000 people
/// (indexes on status/district/updated_at and on trust links by individual).
enum CaseloadStore {
    static let recentDays: TimeInterval = 14 * 24 * 60 * 60

    private static let activeLinks =
        "(SELECT count(*) FROM trust_links l WHERE l.individual_id = i.id AND l.status = 'active')"
    /// Open, and no NDT or Star in the last three months, or the 12-month follow-up window
    /// (baseline + 273 to + 456 days) open with nothing in it yet (AssessmentDue's rules). `?1` is today.
    private static let assessmentDue = """
        (i.status = 'open' AND (
            NOT EXISTS (SELECT 1 FROM star_readings a WHERE a.individual_id = i.id AND a.assessed_on > date(?, '-3 months'))
            AND NOT EXISTS (SELECT 1 FROM ndt_assessments a WHERE a.individual_id = i.id AND a.assessed_on > date(?, '-3 months'))
            OR EXISTS (SELECT 1 FROM (SELECT min(assessed_on) AS baseline FROM star_readings WHERE individual_id = i.id) b
                WHERE b.baseline IS NOT NULL AND ? BETWEEN date(b.baseline, '+273 days') AND date(b.baseline, '+456 days')
                AND NOT EXISTS (SELECT 1 FROM star_readings s WHERE s.individual_id = i.id
                    AND s.assessed_on BETWEEN date(b.baseline, '+273 days') AND date(b.baseline, '+456 days')))))
        """

    /// Open, and no experience survey answered in the 182 days up to today (`ExperienceSurvey.isDue`). `?` is today.
    static let surveyDue = """
        (i.status = 'open' AND NOT EXISTS (SELECT 1 FROM experience_surveys s WHERE s.individual_id = i.id
            AND s.answered_on > date(?, '-\(ExperienceSurvey.dueAfterDays) days')))
        """

    private static let interimLinks =
        "(SELECT count(*) FROM trust_links l WHERE l.individual_id = i.id AND l.status = 'active' AND l.role = 'interim')"

    static func page(_ filter: CaseloadFilter, now: Date, _ db: Database) throws -> (rows: [CaseloadRow], total: Int) {
        let (conditions, arguments) = whereClause(filter, now: now)
        let total: Int = try db.scalar("SELECT count(*) FROM individuals i WHERE " + conditions, arguments: arguments) ?? 0
        let order: String
        switch filter.sort {
        case .recent: order = "i.updated_at DESC, i.id DESC"
        case .reference: order = "i.ref"
        case .name: order = "i.preferred_name COLLATE NOCASE, i.id"
        case .district: order = "i.district, i.preferred_name COLLATE NOCASE, i.id"
        case .status: order = "i.status, i.updated_at DESC, i.id DESC"
        }
        let rows = try db.query(
            """
            SELECT i.id, i.ref, i.preferred_name, i.district, i.status, i.updated_at,
                (SELECT t.name FROM trust_links l JOIN trusted_people t ON t.id = l.trusted_person_id
                 WHERE l.individual_id = i.id AND l.status = 'active' AND l.role = 'primary' LIMIT 1) AS primary_name,
                \(activeLinks) AS active_links, \(interimLinks) AS interim_links
            FROM individuals i WHERE \(conditions) ORDER BY \(order) LIMIT ? OFFSET ?
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

    /// Headline counts over the whole cohort.
    static func counts(_ db: Database) throws -> [String: Int] {
        guard let row = try db.queryOne(
            """
            SELECT count(*) AS everyone,
                sum(status = 'referred') AS referred, sum(status = 'open') AS open, sum(status = 'closed') AS closed,
                sum(status != 'closed' AND \(activeLinks) = \(interimLinks)) AS no_trusted_person,
                sum(\(interimLinks) > 0 AND \(activeLinks) = \(interimLinks)) AS interim_only
            FROM individuals i
            """)
        else { return [:] }
        var counts: [String: Int] = [:]
        for name in row.columnNames { counts[name] = (try row.get(name) as Int?) ?? 0 }
        return counts
    }

    private static func whereClause(_ filter: CaseloadFilter, now: Date) -> (String, [(any SQLBindable)?]) {
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
            conditions.append("i.status != 'closed' AND \(activeLinks) = \(interimLinks)")
        }
        if filter.interimOnly {
            conditions.append("\(interimLinks) > 0 AND \(activeLinks) = \(interimLinks)")
        }
        if filter.assessmentDue {
            conditions.append(assessmentDue)
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
