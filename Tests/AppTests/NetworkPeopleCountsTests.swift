import Domain
import Foundation
import SQLite
import Testing
@testable import App

/// The network page's people counts, now one pass over the people and their links for all
/// quarters, give exactly what the earlier statements (one join of the quarter ends with every
/// person, one with every link) gave, on random people and links around the eight quarters.
@Suite struct NetworkPeopleCountsTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The counts as the page computed them before the one-pass statement: kept here as the oracle.
    static func earlierCounts(_ quarters: [ReportQuarter], _ db: Database) throws -> [ReportQuarter: NetworkPeopleCounts] {
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
            counts[quarters[try row.get(0) as Int]] = NetworkPeopleCounts(supported: try row.get(1), open: try row.get(2))
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

    /// A random day from a month before the first quarter to a month after the last, quarter
    /// edges (first and last days) drawn often since they are where the definitions bite.
    static func randomDay(_ quarters: [ReportQuarter], _ random: inout SplitMix) -> CalendarDate {
        let quarter = quarters.randomElement(using: &random)!
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return quarter.firstDay
        case 1: return quarter.lastDay
        default: return quarter.firstDay.adding(days: Int.random(in: -40...120, using: &random))
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func theOnePassCountsEqualTheEarlierStatementsOnRandomPeopleAndLinks(seed: UInt64) throws {
        let test = try TestApp()
        var random = SplitMix(state: seed)
        let quarters = NetworkTrends.quarters(endingWith: CalendarDate(iso: "2026-11-20")!)
        let trustedPersons = try (0..<5).map { try test.createTrustedPerson("Helper \($0)") }
        for number in 0..<40 {
            let person = try test.refer("Person \(number)", open: number % 9 != 0)
            let opened = Self.randomDay(quarters, &random)
            let closed: CalendarDate? = Bool.random(using: &random) ? nil : opened.adding(days: Int.random(in: 0...400, using: &random))
            try test.pool.write { db in
                try db.execute("UPDATE individuals SET opened_on = ?, closed_on = ? WHERE id = ? AND opened_on IS NOT NULL", opened.iso, closed?.iso, person)
            }
            for helper in trustedPersons.shuffled(using: &random).prefix(Int.random(in: 0...4, using: &random)) {
                let status = LinkStatus.allCases.randomElement(using: &random)!
                let role = TrustRole.allCases.randomElement(using: &random)!
                let link = try test.link(person, helper, role: .trusted, status: status == .ended ? .active : status)
                let started = Self.randomDay(quarters, &random)
                let ended: CalendarDate? = status == .ended || Int.random(in: 0..<4, using: &random) == 0
                    ? started.adding(days: Int.random(in: 0...300, using: &random)) : nil
                try test.pool.write { db in
                    try db.execute(
                        "UPDATE trust_links SET role = ?, status = ?, started_on = ?, ended_on = ?, end_reason = ? WHERE id = ?",
                        role.rawValue, status.rawValue, started.iso, ended?.iso, ended == nil ? nil : "handover", link)
                }
            }
        }
        let (now, earlier) = try test.pool.read { db in
            (try NetworkTrendsStore.people(quarters, db), try Self.earlierCounts(quarters, db))
        }
        for quarter in quarters {
            #expect(now[quarter] == (earlier[quarter] ?? NetworkPeopleCounts()), "\(quarter.title), seed \(seed)")
        }
        #expect(quarters.contains { (earlier[$0]?.connected ?? 0) > 0 && (earlier[$0]?.interimOnly ?? 0) > 0 })
    }
}
