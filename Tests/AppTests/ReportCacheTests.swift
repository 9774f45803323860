import Domain
import Foundation
import SQLite
import Testing
@testable import App

/// The report page's cache (keyed by SQLite's data_version per read connection) always equals
/// a fresh computation, after writes through the app and through another connection alike,
/// and is computed once while nothing changes.
@Suite struct ReportCacheTests {
    @Test func cachedReportEqualsAFreshComputationAfterRandomWrites() throws {
        let test = try TestApp()
        for (kind, text, _) in CohortFiles.generate(people: 16) {
            _ = try Importer.run(
                kind: kind, bytes: Array(text.utf8), file: kind.rawValue + ".csv", dryRun: false, pool: test.pool,
                log: test.app.services.personalData.log, userID: nil, now: test.now)
        }
        let cache = test.app.services.reportCache
        let quarters = try ["2023Q1", "2023Q3", "2024Q2"].map { try ReportQuarter(parsing: $0) }
        func expectFresh() throws {
            for quarter in quarters {
                let fresh = try test.pool.read { db in QuarterlyReport.compute(try ReportStore.input(for: quarter, db)) }
                #expect(try cache.report(for: quarter, test.pool) == fresh, "\(quarter)")
            }
        }
        try expectFresh()
        let settled = cache.computations
        for _ in 0..<12 { _ = try cache.report(for: quarters[1], test.pool) }
        #expect(cache.computations == settled, "nothing changed, so nothing is recomputed")

        var random = DemoRandom(seed: 5)
        let people = try test.pool.read { db in try db.query("SELECT id FROM individuals").map { try $0.get("id") as Int64 } }
        let other = try DatabasePool(path: test.pool.path, readers: 1)
        for step in 0..<24 {
            let person = people[Int.random(in: 0..<people.count, using: &random)]
            let day = CalendarDate(iso: "2023-01-01")!.adding(days: Int.random(in: 0...600, using: &random))
            let reading = StarReading(
                scores: Dictionary(uniqueKeysWithValues: StarArea.allCases.map { ($0, Int.random(in: 1...10, using: &random)) }), assessedOn: day)
            // Every third write comes through a second connection, as the command line's import would.
            let pool = step % 3 == 0 ? other : test.pool
            _ = try? pool.write { db in
                switch step % 4 {
                case 0: _ = try AssessmentStore.addStar(reading, tookPart: "", note: "", individualID: person, by: nil, now: test.now, db)
                case 1: try IndividualStore.changeStatus(person, to: .closed, on: day, reason: .other, note: "", by: nil, now: test.now, db)
                case 2:
                    _ = try AssessmentStore.addNDT(
                        NDTAssessment(ratings: Dictionary(uniqueKeysWithValues: NDTItem.allCases.map { ($0, Int.random(in: 0...4, using: &random)) }),
                                      assessedOn: day), individualID: person, by: nil, now: test.now, db)
                default:
                    let helper = try TrustedPersonStore.create(name: "Helper \(step)", kind: .person, organisationID: nil, paid: .paid, userID: nil, now: test.now, db)
                    try TrustLinkStore.add(
                        NewTrustLink(trustedPersonID: helper, role: .trusted, status: .active, confirmed: true, howItCameAbout: "",
                                     individualsWords: "", introducedBy: nil, startedOn: day),
                        individualID: person, by: nil, now: test.now, db)
                }
            }
            try expectFresh()
        }
        #expect(cache.computations > settled)
    }

    @Test func removingEveryKeptReportMakesTheNextVisitComputeAgain() throws {
        let test = try TestApp()
        let cache = test.app.services.reportCache
        let quarter = try ReportQuarter(parsing: "2024Q2")
        let first = try cache.report(for: quarter, test.pool)
        _ = try cache.report(for: quarter, test.pool)
        #expect(cache.computations == 1)
        cache.removeAll()
        #expect(try cache.report(for: quarter, test.pool) == first)
        #expect(cache.computations == 2)
    }
}
