import Domain
import Foundation
import SQLite

/// SQL for the manager's network page by quarter (`NetworkTrends`): the people's counts at each
/// quarter's end aggregated here in one statement (never a row per person into Swift), event
/// counts by day, the organisations, the barriers and the training coverage's records.
enum NetworkTrendsStore {
    /// Everything `NetworkTrends.compute` needs for `quarters`.
    static func input(quarters: [ReportQuarter], _ db: Database) throws -> NetworkTrendsInput {
        guard let first = quarters.first?.firstDay else { return NetworkTrendsInput() }
        let coverage = try TrainingCoverageStore.records(organisationID: nil, db)
        return NetworkTrendsInput(
            people: try people(quarters, db), firstLinks: try firstLinks(since: first, db), handovers: try handovers(since: first, db),
            organisations: try organisations(db), barriers: try ReportStore.barriers(db), trustedPersons: coverage.trustedPersons,
            links: coverage.links, training: coverage.training)
    }

    /// At each quarter's end E, with the report's definitions: supported (opened on or before
    /// E), open (and not closed on or before E), and of the open, those with an active
    /// non-interim link, those whose active links are all interim, and their non-interim links.
    /// A link is active on E when it became active (not proposed), started on or before E and
    /// did not end on or before E.
    static func people(_ quarters: [ReportQuarter], _ db: Database) throws -> [ReportQuarter: NetworkPeopleCounts] {
        guard !quarters.isEmpty else { return [:] }
        let ends = quarters.indices.map { _ in "(?, ?)" }.joined(separator: ", ")
        var arguments: [(any SQLBindable)?] = []
        for (position, quarter) in quarters.enumerated() { arguments += [position, quarter.lastDay.iso] }
        var counts: [ReportQuarter: NetworkPeopleCounts] = [:]
        try db.forEachRow(
            """
            WITH ends (q, last) AS (VALUES \(ends))
            SELECT e.q, sum(i.opened_on <= e.last),
                sum(i.opened_on <= e.last AND (i.closed_on IS NULL OR i.closed_on > e.last))
            FROM ends e, individuals i WHERE i.opened_on IS NOT NULL GROUP BY e.q
            """, arguments: arguments
        ) { row in
            let position: Int = try row.get(0)
            counts[quarters[position]] = NetworkPeopleCounts(supported: try row.get(1), open: try row.get(2))
        }
        try db.forEachRow(
            """
            WITH ends (q, last) AS (VALUES \(ends)),
            active AS (
                SELECT e.q AS q, e.last AS last, l.individual_id AS id, sum(l.role != 'interim') AS lasting,
                       sum(l.role = 'interim') AS interim
                FROM ends e JOIN trust_links l
                  ON l.status != 'proposed' AND l.started_on <= e.last AND (l.ended_on IS NULL OR l.ended_on > e.last)
                GROUP BY e.q, l.individual_id
            )
            SELECT a.q, sum(a.lasting > 0), sum(a.lasting = 0 AND a.interim > 0), sum(a.lasting)
            FROM active a JOIN individuals i ON i.id = a.id
            WHERE i.opened_on <= a.last AND (i.closed_on IS NULL OR i.closed_on > a.last)
            GROUP BY a.q
            """, arguments: arguments
        ) { row in
            let quarter = quarters[try row.get(0) as Int]
            counts[quarter, default: NetworkPeopleCounts()].connected = try row.get(1)
            counts[quarter, default: NetworkPeopleCounts()].interimOnly = try row.get(2)
            counts[quarter, default: NetworkPeopleCounts()].lastingLinks = try row.get(3)
        }
        return counts
    }

    /// How many trusted persons had their first link (that became active) start on each day
    /// from `since`.
    static func firstLinks(since: CalendarDate, _ db: Database) throws -> [CalendarDate: Int] {
        try dayCounts(
            """
            SELECT first, count(*) FROM (
                SELECT min(started_on) AS first FROM trust_links
                WHERE status != 'proposed' AND trusted_person_id IS NOT NULL GROUP BY trusted_person_id
            ) WHERE first >= ? GROUP BY first
            """, since, db)
    }

    /// How many links (that became active) ended by handover on each day from `since`.
    static func handovers(since: CalendarDate, _ db: Database) throws -> [CalendarDate: Int] {
        try dayCounts(
            """
            SELECT ended_on, count(*) FROM trust_links
            WHERE status != 'proposed' AND end_reason = 'handover' AND ended_on >= ? GROUP BY ended_on
            """, since, db)
    }

    /// Each organisation: the London day it was added, its first active champion account's day,
    /// and every pledge signing (the history, and the pledge in force where it has none).
    static func organisations(_ db: Database) throws -> [NetworkOrganisation] {
        var signings: [Int64: [CalendarDate]] = [:]
        for row in try db.query("SELECT organisation_id, signed_on FROM pledge_signings") {
            signings[try row.get(0), default: []].append(try IndividualStore.requiredDate(row, "signed_on"))
        }
        return try db.query(
            """
            SELECT o.id, o.created_at, o.pledge_signed_on,
                (SELECT min(u.created_at) FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'champion'
                 WHERE u.organisation_id = o.id AND u.active = 1) AS champion_since
            FROM organisations o
            """
        ).map { row in
            let id: Int64 = try row.get(0)
            var signed = signings[id] ?? []
            if let inForce = try IndividualStore.date(row, "pledge_signed_on"), !signed.contains(inForce) { signed.append(inForce) }
            let championSince: Date? = try row.get("champion_since")
            return NetworkOrganisation(
                joinedOn: LondonTime.today(try row.get("created_at")), championSince: championSince.map(LondonTime.today),
                pledgeSignedOn: signed)
        }
    }

    private static func dayCounts(_ sql: String, _ since: CalendarDate, _ db: Database) throws -> [CalendarDate: Int] {
        var counts: [CalendarDate: Int] = [:]
        for row in try db.query(sql, since.iso) {
            let text: String = try row.get(0)
            guard let day = CalendarDate(iso: text) else { throw UnknownStoredValue(column: "date", value: text) }
            counts[day] = try row.get(1)
        }
        return counts
    }
}
