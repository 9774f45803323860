import Domain
import Foundation
import SQLite

/// The caseload's counts and flags computed afresh from the source tables, the way the caseload
/// computed them before they were maintained (correlated subqueries over everyone). Slow at
/// 10,000 people; it exists so tests can prove the maintained facts always equal it.
extension CaseloadStore {
    private static let freshActiveLinks =
        "(SELECT count(*) FROM trust_links l WHERE l.individual_id = i.id AND l.status = 'active')"
    private static let freshInterimLinks =
        "(SELECT count(*) FROM trust_links l WHERE l.individual_id = i.id AND l.status = 'active' AND l.role = 'interim')"

    /// The headline counts, each recomputed by scanning everyone.
    static func freshCounts(_ db: Database) throws -> [String: Int] {
        guard let row = try db.queryOne(
            """
            SELECT count(*) AS everyone,
                sum(status = 'referred') AS referred, sum(status = 'open') AS open, sum(status = 'closed') AS closed,
                sum(status != 'closed' AND \(freshActiveLinks) = \(freshInterimLinks)) AS no_trusted_person,
                sum(\(freshInterimLinks) > 0 AND \(freshActiveLinks) = \(freshInterimLinks)) AS interim_only,
                sum(status != 'closed' AND NOT EXISTS (SELECT 1 FROM consents k WHERE k.individual_id = i.id
                    AND k.recipient_kind = 'coordination-team')) AS without_coordination_consent
            FROM individuals i
            """)
        else { return [:] }
        var counts: [String: Int] = [:]
        for name in row.columnNames { counts[name] = (try row.get(name) as Int?) ?? 0 }
        return counts
    }

    /// Each person's active and interim link counts, recomputed.
    static func freshLinkCounts(_ db: Database) throws -> [Int64: [Int]] {
        var links: [Int64: [Int]] = [:]
        for row in try db.query("SELECT i.id, \(freshActiveLinks) AS active, \(freshInterimLinks) AS interim FROM individuals i") {
            links[try row.get("id")] = [try row.get("active"), try row.get("interim")]
        }
        return links
    }

    /// Each person's active and interim link counts as the caseload reads them.
    static func maintainedLinkCounts(_ db: Database) throws -> [Int64: [Int]] {
        var links: [Int64: [Int]] = [:]
        for row in try db.query("SELECT individual_id, active_links, interim_links FROM caseload_facts") {
            links[try row.get("individual_id")] = [try row.get("active_links"), try row.get("interim_links")]
        }
        return links
    }

    /// The people with an assessment due on `today`, by the original correlated query.
    static func freshAssessmentDue(today: CalendarDate, _ db: Database) throws -> Set<Int64> {
        let rows = try db.query(
            """
            SELECT i.id FROM individuals i WHERE i.status = 'open' AND (
                NOT EXISTS (SELECT 1 FROM star_readings a WHERE a.individual_id = i.id AND a.assessed_on > date(?1, '-3 months'))
                AND NOT EXISTS (SELECT 1 FROM ndt_assessments a WHERE a.individual_id = i.id AND a.assessed_on > date(?1, '-3 months'))
                OR EXISTS (SELECT 1 FROM (SELECT min(assessed_on) AS baseline FROM star_readings WHERE individual_id = i.id) b
                    WHERE b.baseline IS NOT NULL AND ?1 BETWEEN date(b.baseline, '+273 days') AND date(b.baseline, '+456 days')
                    AND NOT EXISTS (SELECT 1 FROM star_readings s WHERE s.individual_id = i.id
                        AND s.assessed_on BETWEEN date(b.baseline, '+273 days') AND date(b.baseline, '+456 days'))))
            """, today.iso)
        return Set(try rows.map { try $0.get("id") as Int64 })
    }
}
