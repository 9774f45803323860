import Domain
import Foundation
import SQLite
import Testing
@testable import App

/// The caseload's snapshot cache (kept per read connection while SQLite's data_version is
/// unchanged) always equals reading the snapshot afresh, for every filter and sort, after
/// writes through the app and through another connection alike, and reads nothing again
/// while nothing changes.
@Suite struct CaseloadCacheTests {
    @Test func keptSnapshotsEqualFreshOnesAfterRandomWrites() throws {
        let test = try TestApp()
        for (kind, text, _) in CohortFiles.generate(people: 60) where [.people, .star, .ndt].contains(kind) {
            _ = try Importer.run(
                kind: kind, bytes: Array(text.utf8), file: kind.rawValue + ".csv", dryRun: false, pool: test.pool,
                log: test.app.services.personalData.log, userID: nil, now: test.now)
        }
        let cache = test.app.services.caseloadCache
        let helpers = try (0..<3).map { try test.createTrustedPerson("Helper \($0)") }
        let filters = Self.filters()
        let days = ["2023-06-01", "2024-02-10", "2026-01-05"].map { CalendarDate(iso: $0)! }
        func expectFresh() throws {
            try test.pool.read { db in
                for filter in filters {
                    for today in days {
                        let key = CaseloadSnapshot.Key(filter, today: today, now: test.now)
                        let fresh = try CaseloadSnapshot.load(filter, today: today, now: test.now, db)
                        let kept = try cache.value(for: key, db) { db in try CaseloadSnapshot.load(filter, today: today, now: test.now, db) }
                        #expect(Self.same(kept, fresh), "\(filter) on \(today)")
                    }
                }
            }
        }
        try expectFresh()
        let settled = cache.computations
        try expectFresh()
        #expect(cache.computations == settled, "nothing changed, so nothing is read again")

        var random = DemoRandom(seed: 7)
        let people = try test.pool.read { db in try db.query("SELECT id FROM individuals").map { try $0.get("id") as Int64 } }
        let other = try DatabasePool(path: test.pool.path, readers: 1)
        for step in 0..<30 {
            let person = people[Int.random(in: 0..<people.count, using: &random)]
            let day = CalendarDate(iso: "2023-01-01")!.adding(days: Int.random(in: 0...900, using: &random))
            // Every third write comes through a second connection, as the command line's import would.
            let pool = step % 3 == 0 ? other : test.pool
            _ = try? pool.write { db in
                switch step % 6 {
                case 0:
                    let reading = StarReading(scores: Dictionary(uniqueKeysWithValues: StarArea.allCases.map { ($0, 5) }), assessedOn: day)
                    _ = try AssessmentStore.addStar(reading, tookPart: "", note: "", individualID: person, by: nil, now: test.now, db)
                case 1:
                    let status = CaseStatus.allCases[Int.random(in: 0..<3, using: &random)]
                    try IndividualStore.changeStatus(
                        person, to: status, on: day, reason: status == .closed ? .other : nil, note: "", by: nil, now: test.now, db)
                case 2:
                    let roles: [TrustRole] = [.primary, .trusted, .interim]
                    try TrustLinkStore.add(
                        NewTrustLink(trustedPersonID: helpers[step % helpers.count], role: roles[Int.random(in: 0..<roles.count, using: &random)],
                                     status: .active, confirmed: true, howItCameAbout: "", individualsWords: "", introducedBy: nil, startedOn: day),
                        individualID: person, by: nil, now: test.now, db)
                case 3:
                    _ = try SurveyStore.save(
                        ExperienceSurvey(answeredOn: day, voiceHeard: 4), individualID: person, with: .supported, by: nil, now: test.now, db)
                case 4:
                    _ = try AbsenceStore.record(
                        trustedPersonID: helpers[step % helpers.count], kind: .sickness, from: day, expectedReturn: day.adding(days: 30),
                        by: nil, now: test.now, db)
                default:
                    _ = try ConsentStore.record(
                        individualID: person, recipient: .coordinationTeam, categories: [.story], purpose: "Support", method: .verbal,
                        givenOn: day, reviewBy: day.adding(days: 20), by: nil, now: test.now, db)
                }
            }
            try expectFresh()
        }
        #expect(cache.computations > settled)
    }

    /// Field by field (the dictionaries compared as dictionaries: their printed order varies).
    private static func same(_ kept: CaseloadSnapshot, _ fresh: CaseloadSnapshot) -> Bool {
        "\(kept.rows)" == "\(fresh.rows)" && kept.total == fresh.total && kept.pageNumber == fresh.pageNumber
            && kept.counts == fresh.counts && "\(kept.due)" == "\(fresh.due)" && kept.dueCount == fresh.dueCount
            && "\(kept.missing)" == "\(fresh.missing)" && kept.acting == fresh.acting && kept.lastSurveys == fresh.lastSurveys
    }

    /// Every flag alone, a district, a status, a search, each sort, and a page past the end.
    private static func filters() -> [CaseloadFilter] {
        var filters: [CaseloadFilter] = []
        for sort in CaseloadFilter.Sort.allCases {
            var filter = CaseloadFilter()
            filter.sort = sort
            filters.append(filter)
        }
        let changes: [(inout CaseloadFilter) -> Void] = [
            { $0.district = .peterborough }, { $0.status = .open }, { $0.noTrustedPerson = true }, { $0.interimOnly = true },
            { $0.recentlyChanged = true }, { $0.assessmentDue = true }, { $0.surveyDue = true }, { $0.search = "Person 1" },
            { $0.page = 40 }, { $0.district = .fenland; $0.sort = .name; $0.page = 2 },
        ]
        for change in changes {
            var filter = CaseloadFilter()
            change(&filter)
            filters.append(filter)
        }
        return filters
    }
}
