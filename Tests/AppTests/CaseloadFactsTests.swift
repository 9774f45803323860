import Domain
import Foundation
import SQLite
import Testing
@testable import App

/// The caseload's maintained facts and headline counts (migration 0015's triggers) always equal
/// a fresh computation from the source tables, whatever writes came before: imports, referrals,
/// status changes, links added, activated and ended, assessments and their corrections, consents.
@Suite struct CaseloadFactsTests {
    @Test func maintainedFactsEqualAFreshComputationAfterRandomWrites() throws {
        let test = try TestApp()
        try importCohort(test, people: 24, files: [.people, .star])
        var random = DemoRandom(seed: 11)
        let helpers = try (0..<4).map { try test.createTrustedPerson("Helper \($0)") }
        var people = try test.pool.read { db in try db.query("SELECT id FROM individuals").map { try $0.get("id") as Int64 } }
        var stars: [(reading: Int64, person: Int64)] = []
        for step in 1...240 {
            let person = people[Int.random(in: 0..<people.count, using: &random)]
            let day = TestApp.referralDate.adding(days: Int.random(in: -500...200, using: &random))
            let now = test.now
            // A refused write (a rule says no) rolls back whole, like any request.
            _ = try? test.pool.write { db in
                switch Int.random(in: 0..<9, using: &random) {
                case 0:
                    let referral = Referral(
                        preferredName: "Newcomer \(step)", district: .fenland, cohortGroup: .notKnown, referredOn: TestApp.referralDate,
                        disadvantages: [.homelessness: TestApp.referralDate, .offending: TestApp.referralDate])
                    people.append(try IndividualStore.create(referral, consent: .givenVerbally, by: nil, now: now, db).id)
                case 1:
                    let status = CaseStatus.allCases[Int.random(in: 0..<3, using: &random)]
                    try IndividualStore.changeStatus(
                        person, to: status, on: TestApp.referralDate, reason: status == .closed ? .other : nil, note: "", by: nil, now: now, db)
                case 2, 3:
                    let roles: [TrustRole] = [.primary, .backup, .trusted, .interim]
                    try TrustLinkStore.add(
                        NewTrustLink(trustedPersonID: helpers[Int.random(in: 0..<helpers.count, using: &random)],
                                     role: roles[Int.random(in: 0..<roles.count, using: &random)],
                                     status: Bool.random(using: &random) ? .active : .proposed, confirmed: true, howItCameAbout: "",
                                     individualsWords: "", introducedBy: nil, startedOn: TestApp.referralDate),
                        individualID: person, by: nil, now: now, db)
                case 4:
                    for link in try TrustLinkStore.forIndividual(person, db) where link.status != .ended {
                        if link.status == .proposed {
                            try TrustLinkStore.activate(link.id, by: nil, now: now, db)
                        } else {
                            try TrustLinkStore.end(link.id, on: TestApp.referralDate, reason: .other, by: nil, now: now, db)
                        }
                        break
                    }
                case 5:
                    let reading = StarReading(scores: Dictionary(uniqueKeysWithValues: StarArea.allCases.map { ($0, 5) }), assessedOn: day)
                    stars.append((try AssessmentStore.addStar(reading, tookPart: "", note: "", individualID: person, by: nil, now: now, db), person))
                case 6:
                    guard let star = stars.randomElement(using: &random) else { return }
                    let reading = StarReading(scores: Dictionary(uniqueKeysWithValues: StarArea.allCases.map { ($0, 6) }), assessedOn: day)
                    try AssessmentStore.correctStar(
                        star.reading, reading, tookPart: "", note: "", reason: "Wrong day", individualID: star.person, by: nil, now: now, db)
                case 7:
                    _ = try AssessmentStore.addNDT(NDTAssessment(ratings: [:], assessedOn: day), individualID: person, by: nil, now: now, db)
                default:
                    _ = try ConsentStore.record(
                        individualID: person, recipient: .coordinationTeam, categories: [.story], purpose: "Support", method: .verbal,
                        givenOn: TestApp.referralDate, reviewBy: TestApp.referralDate.adding(days: 365), by: nil, now: now, db)
                }
            }
            if step % 40 == 0 { try expectMaintainedEqualsFresh(test) }
        }
        try importCohort(test, people: 30, files: [.people, .star, .ndt])
        try expectMaintainedEqualsFresh(test)
    }

    @Test func countsFollowAnImportAndTheStatusItBrings() throws {
        let test = try TestApp()
        let before = try test.pool.read { db in try CaseloadStore.counts(db) }
        try importCohort(test, people: 12, files: [.people])
        let after = try test.pool.read { db in try CaseloadStore.counts(db) }
        #expect(after["everyone"] == (before["everyone"] ?? 0) + 12)
        #expect(after["open"] == (before["open"] ?? 0) + 12)
        #expect(after["without_coordination_consent"] == (before["without_coordination_consent"] ?? 0) + 12)
        try expectMaintainedEqualsFresh(test)
    }

    @Test func theMigrationComputesTheFactsOfEveryoneAlreadyStored() throws {
        let folder = NSTemporaryDirectory() + "tp-migrate-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let real = TestApp.rootDirectory + "/migrations"
        let files = try FileManager.default.contentsOfDirectory(atPath: real).filter { $0.hasSuffix(".sql") }.sorted()
        let facts = try #require(files.first { $0.hasPrefix("0015_") })
        try FileManager.default.createDirectory(atPath: folder + "/migrations", withIntermediateDirectories: true)
        for file in files where file < facts {
            try FileManager.default.copyItem(atPath: real + "/" + file, toPath: folder + "/migrations/" + file)
        }
        let pool = try DatabasePool(path: folder + "/db.sqlite")
        try Migrator(directory: folder + "/migrations").migrate(pool)
        try pool.write { db in
            try db.execute("INSERT INTO trusted_people (id, key, name, kind, paid, created_at) VALUES (1, 'tp-1', 'Sam', 'person', 'paid', 'x')")
            for id in 1...6 {
                try db.execute(
                    """
                    INSERT INTO individuals (id, ref, preferred_name, district, cohort_group, status, referred_on, opened_on, created_at, updated_at)
                    VALUES (?, ?, ?, 'fenland', 'not-known', ?, '2025-01-01', ?, 'x', 'x')
                    """, id, "CF-\(id)", "Person \(id)", id % 3 == 0 ? "referred" : "open", id % 3 == 0 ? nil : "2025-01-02")
                if id % 2 == 0 {
                    try db.execute(
                        "INSERT INTO trust_links (individual_id, trusted_person_id, role, status, started_on, created_at) VALUES (?, 1, ?, 'active', '2025-01-02', 'x')",
                        id, id == 4 ? "interim" : "primary")
                }
            }
        }
        #expect(try Migrator(directory: real).migrate(pool).contains(facts))
        try pool.read { db in
            let counts = try CaseloadStore.counts(db)
            #expect(counts == (try CaseloadStore.freshCounts(db)))
            #expect(counts["everyone"] == 6 && counts["interim_only"] == 1 && counts["no_trusted_person"] == 4)
            #expect(try CaseloadStore.maintainedLinkCounts(db) == CaseloadStore.freshLinkCounts(db))
        }
    }

    /// Imports the benchmark's generated cohort files of the given kinds through the real importer.
    private func importCohort(_ test: TestApp, people: Int, files kinds: Set<ImportKind>) throws {
        for (kind, text, _) in CohortFiles.generate(people: people) where kinds.contains(kind) {
            let outcome = try Importer.run(
                kind: kind, bytes: Array(text.utf8), file: kind.rawValue + ".csv", dryRun: false, pool: test.pool,
                log: test.app.services.personalData.log, userID: nil, now: test.now)
            #expect(outcome.errors.isEmpty, "\(kind.rawValue): \(outcome.errors.prefix(2).map(\.description))")
        }
    }

    /// Counts, link counts and the assessment-due list (on several days) as maintained equal the fresh ones.
    private func expectMaintainedEqualsFresh(_ test: TestApp) throws {
        try test.pool.read { db in
            #expect(try CaseloadStore.counts(db) == CaseloadStore.freshCounts(db))
            #expect(try CaseloadStore.maintainedLinkCounts(db) == CaseloadStore.freshLinkCounts(db))
            // Days across the imported cohort's follow-up windows (2023–24) and the app's own writes (2025–27).
            let cohortDays = stride(from: 0, through: 720, by: 29).map { CalendarDate(iso: "2023-03-01")!.adding(days: $0) }
            let appDays = stride(from: -400, through: 600, by: 73).map { TestApp.referralDate.adding(days: $0) }
            for today in cohortDays + appDays {
                let noonUTC = try #require(ISO8601DateFormatter().date(from: today.iso + "T12:00:00Z"))
                var filter = CaseloadFilter()
                filter.assessmentDue = true
                var listed = Set<Int64>()
                while true {
                    let page = try CaseloadStore.page(filter, now: noonUTC, db)
                    listed.formUnion(page.rows.map(\.id))
                    if page.rows.count < CaseloadFilter.pageSize { break }
                    filter.page += 1
                }
                #expect(listed == (try CaseloadStore.freshAssessmentDue(today: today, db)), "assessment due on \(today.iso)")
            }
        }
    }
}
