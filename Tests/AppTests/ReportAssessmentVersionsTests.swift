import Domain
import Foundation
import SQLite
import Testing
@testable import App

/// The report reads only the current version of each NDT assessment and Star reading: after
/// corrections (once, twice, one moving the date past the quarter's last assessment day) the
/// records it reads equal a straightforward query for "no later version exists".
@Suite struct ReportAssessmentVersionsTests {
    @Test func onlyTheNewestVersionOfACorrectedAssessmentIsRead() throws {
        let test = try TestApp()
        for (kind, text, _) in CohortFiles.generate(people: 12) {
            _ = try Importer.run(
                kind: kind, bytes: Array(text.utf8), file: kind.rawValue + ".csv", dryRun: false, pool: test.pool,
                log: test.app.services.personalData.log, userID: nil, now: test.now)
        }
        let quarter = try ReportQuarter(parsing: "2023Q3")
        let pastTheEnd = ReportInput.lastAssessmentDay(quarter).adding(days: 1)
        try test.pool.write { db in
            let ndt = try db.query("SELECT assessment_id, individual_id, assessed_on FROM ndt_assessments ORDER BY id LIMIT 6")
            for (index, row) in ndt.enumerated() {
                let id: Int64 = try row.get("assessment_id")
                let person: Int64 = try row.get("individual_id")
                let day = index == 0 ? pastTheEnd : CalendarDate(iso: try row.get("assessed_on"))!
                for round in 0..<(index % 2 == 0 ? 2 : 1) {
                    let ratings = Dictionary(uniqueKeysWithValues: NDTItem.allCases.map { ($0, (index + round) % 5) })
                    try AssessmentStore.correctNDT(
                        id, NDTAssessment(ratings: ratings, assessedOn: day), reason: "Typed wrongly", individualID: person, by: nil, now: test.now, db)
                }
            }
            let star = try db.query("SELECT reading_id, individual_id, assessed_on FROM star_readings ORDER BY id LIMIT 6")
            for (index, row) in star.enumerated() {
                let id: Int64 = try row.get("reading_id")
                let person: Int64 = try row.get("individual_id")
                let day = index == 1 ? pastTheEnd : CalendarDate(iso: try row.get("assessed_on"))!
                for round in 0..<(index % 2 == 0 ? 2 : 1) {
                    let scores = Dictionary(uniqueKeysWithValues: StarArea.allCases.map { ($0, 1 + (index + round) % 10) })
                    try AssessmentStore.correctStar(
                        id, StarReading(scores: scores, assessedOn: day), tookPart: "", note: "", reason: "Typed wrongly",
                        individualID: person, by: nil, now: test.now, db)
                }
            }
        }
        let lastDay = ReportInput.lastAssessmentDay(quarter).iso
        let (input, expectedNDT, expectedStar) = try test.pool.read { db in
            let ndt = try db.query(
                "SELECT individual_id, assessed_on, \(NDTItem.allCases.map(\.rawValue).joined(separator: ", ")) FROM ndt_assessments a "
                    + "WHERE NOT EXISTS (SELECT 1 FROM ndt_assessments b WHERE b.assessment_id = a.assessment_id AND b.version > a.version) "
                    + "AND a.assessed_on <= ?", lastDay
            ).map { row in
                ReportNDT(personID: try row.get("individual_id"), assessedOn: CalendarDate(iso: try row.get("assessed_on"))!,
                          ratings: ReportValues(byPosition: try NDTItem.allCases.map { try row.get($0.rawValue) as Int }))
            }
            let star = try db.query(
                "SELECT individual_id, assessed_on, star_version, \(StarArea.allCases.map(\.rawValue).joined(separator: ", ")) FROM star_readings a "
                    + "WHERE NOT EXISTS (SELECT 1 FROM star_readings b WHERE b.reading_id = a.reading_id AND b.version > a.version) "
                    + "AND a.assessed_on <= ?", lastDay
            ).map { row in
                ReportStar(personID: try row.get("individual_id"), assessedOn: CalendarDate(iso: try row.get("assessed_on"))!,
                           scores: ReportValues(byPosition: try StarArea.allCases.map { try row.get($0.rawValue) as Int }),
                           version: try row.get("star_version"))
            }
            return (try ReportStore.input(for: quarter, db), ndt, star)
        }
        let corrections: Int = try test.pool.read { db in try db.scalar("SELECT count(*) FROM ndt_assessments WHERE version > 1") ?? 0 }
        #expect(corrections == 9)
        #expect(input.ndt.count == expectedNDT.count && input.ndt.count > 0)
        #expect(Set(input.ndt.map(\.description)) == Set(expectedNDT.map(\.description)))
        #expect(Set(input.star.map(\.description)) == Set(expectedStar.map(\.description)))
        #expect(input.star.count == expectedStar.count && input.star.count > 0)
        let parallel = try ReportStore.input(for: quarter, test.pool) { _ in () }.0
        #expect(QuarterlyReport.compute(parallel) == QuarterlyReport.compute(input), "the two readers' input gives the one reader's report")
    }
}

extension ReportNDT {
    /// Everything the record holds, as text, to compare unordered lists.
    fileprivate var description: String { "\(personID) \(assessedOn.iso) \(NDTItem.allCases.map { ratings[$0] })" }
}

extension ReportStar {
    fileprivate var description: String { "\(personID) \(assessedOn.iso) \(version) \(StarArea.allCases.map { scores[$0] })" }
}
