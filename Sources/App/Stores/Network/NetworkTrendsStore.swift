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
    ///
    /// All quarters in one pass over two plain scans (people's opened and closed days, links'
    /// role and days): each day becomes the position of the first quarter end on or after it, so
    /// a person is open, and a link active, over a range of quarters, kept as a bit mask.
    static func people(_ quarters: [ReportQuarter], _ db: Database) throws -> [ReportQuarter: NetworkPeopleCounts] {
        guard quarters.count <= 64 else {
            return try people(Array(quarters.prefix(64)), db).merging(people(Array(quarters.dropFirst(64)), db)) { $1 }
        }
        let ordered = quarters.sorted()
        let ends = ordered.map(\.lastDay.iso)
        /// The first quarter whose end is on or after `day` (all of them past the last end; none for no day).
        func position(_ day: String?) -> Int {
            guard let day else { return ends.count }
            return ends.reduce(0) { $1 < day ? $0 + 1 : $0 }
        }
        func quartersMask(_ from: Int, _ to: Int) -> UInt64 {
            guard from < to else { return 0 }
            let below: UInt64 = to == 64 ? ~0 : (1 << UInt64(to)) - 1
            return below & ~((1 << UInt64(from)) - 1)
        }
        var counts = [NetworkPeopleCounts](repeating: NetworkPeopleCounts(), count: ordered.count)
        var people: [Int64: (open: UInt64, lasting: UInt64, interim: UInt64)] = [:]
        try db.forEachCursor("SELECT id, opened_on, closed_on FROM individuals WHERE opened_on IS NOT NULL") { row in
            let opened = position(row.text(1)), closed = position(row.text(2))
            for index in opened..<ends.count { counts[index].supported += 1 }
            people[Int64(row.int(0))] = (quartersMask(opened, closed), 0, 0)
        }
        try db.forEachCursor(
            "SELECT individual_id, role = 'interim', started_on, ended_on FROM trust_links WHERE status != 'proposed'"
        ) { row in
            let id = Int64(row.int(0))
            guard let person = people[id] else { return }
            let active = quartersMask(position(row.text(2)), position(row.text(3))) & person.open
            if row.int(1) == 1 {
                people[id]?.interim |= active
            } else {
                people[id]?.lasting |= active
                for index in ends.indices where active & (1 << UInt64(index)) != 0 { counts[index].lastingLinks += 1 }
            }
        }
        for person in people.values {
            for index in ends.indices {
                let bit: UInt64 = 1 << UInt64(index)
                if person.open & bit != 0 { counts[index].open += 1 }
                if person.lasting & bit != 0 { counts[index].connected += 1 } else if person.interim & bit != 0 { counts[index].interimOnly += 1 }
            }
        }
        return Dictionary(zip(ordered, counts)) { first, _ in first }
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
