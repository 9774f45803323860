import Domain
import Foundation
import SQLite

/// Imports a large generated cohort from CSV (10,000 people, 150,000 assessment rows, four
/// years of quarterly records) and times the quarterly report over it. Run by
/// `swift run -c release benchmarks cohort`; not a test.
public enum CohortBenchmark {
    public struct Result: Sendable {
        public let imports: [(kind: String, rows: Int, seconds: Double)]
        public let reportMedianSeconds: Double
        public let reportRows: Int
        /// Caseload pages (filter → median milliseconds over 5 runs).
        public let caseloadMilliseconds: [(filter: String, milliseconds: Double)]
    }

    public static func run(rootDirectory: String, people: Int = 10_000) throws -> Result {
        let directory = NSTemporaryDirectory() + "tp-cohort-bench-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var configuration = AppConfiguration(rootDirectory: rootDirectory)
        configuration.databasePath = directory + "/bench.sqlite"
        configuration.passwordIterations = 1_000
        let app = try Application(configuration: configuration)
        let files = CohortFiles.generate(people: people)
        var imports: [(String, Int, Double)] = []
        for (kind, text, rows) in files {
            let start = Date()
            let outcome = try Importer.run(kind: kind, bytes: Array(text.utf8), file: kind.rawValue + ".csv", dryRun: false, pool: app.services.pool,
                log: app.services.personalData.log, userID: nil, now: Date())
            guard outcome.errors.isEmpty else {
                throw AppError.badRequest("generated \(kind.rawValue) file rejected: \(outcome.errors.prefix(3).map(\.description))")
            }
            imports.append((kind.rawValue, rows, Date().timeIntervalSince(start)))
        }
        let quarter = try ReportQuarter(parsing: "2026Q3")
        var times: [Double] = []
        var rows = 0
        for _ in 0..<5 {
            let start = Date()
            let input = try app.services.pool.read { db in try ReportStore.input(for: quarter, db) }
            rows = QuarterlyReport.compute(input).rows.count
            times.append(Date().timeIntervalSince(start))
        }
        var caseload: [(String, Double)] = []
        let filters: [(String, CaseloadFilter)] = [
            ("first page, recently changed", CaseloadFilter()),
            ("Peterborough, sorted by name, page 20", { var f = CaseloadFilter(); f.district = .peterborough; f.sort = .name; f.page = 20; return f }()),
            ("no trusted person yet", { var f = CaseloadFilter(); f.noTrustedPerson = true; return f }()),
            ("assessment due", { var f = CaseloadFilter(); f.assessmentDue = true; return f }()),
            ("search \"Person 99\"", { var f = CaseloadFilter(); f.search = "Person 99"; return f }()),
        ]
        for (name, filter) in filters {
            var samples: [Double] = []
            for _ in 0..<5 {
                let start = Date()
                _ = try app.services.pool.read { db in
                    (try CaseloadStore.page(filter, now: Date(), db), try CaseloadStore.counts(db))
                }
                samples.append(Date().timeIntervalSince(start) * 1000)
            }
            caseload.append((name, samples.sorted()[2]))
        }
        return Result(imports: imports, reportMedianSeconds: times.sorted()[2], reportRows: rows, caseloadMilliseconds: caseload)
    }
}

/// Deterministic CSV files for the benchmark: people opened over four years, Stars and NDTs
/// about every three months (150,000 rows for 10,000 people), accommodation and service use.
enum CohortFiles {
    static func generate(people count: Int) -> [(ImportKind, String, Int)] {
        var random = DemoRandom(seed: 42)
        let start = CalendarDate(iso: "2022-09-01")!
        let districts = District.allCases.map(\.rawValue)
        var people = "ref,preferred_name,district,cohort_group,status,opened_on,homelessness,mental_health,substance_misuse,domestic_abuse,offending\n"
        var star = "person_ref,assessed_on," + StarArea.allCases.map(\.rawValue).joined(separator: ",") + "\n"
        var ndt = "person_ref,assessed_on," + NDTItem.allCases.map(\.rawValue).joined(separator: ",") + "\n"
        var accommodation = "person_ref,support_quarter," + AccommodationSetting.allCases.map(\.rawValue).joined(separator: ",") + "\n"
        var service = "person_ref,support_quarter," + ServiceUseKind.allCases.map(\.rawValue).joined(separator: ",") + "\n"
        var counts = [0, 0, 0, 0, 0]
        for index in 0..<count {
            let ref = PersonReference.format(index + 1)
            let opened = start.adding(days: index % 180)
            people += "\(ref),Person \(index),\(districts[index % districts.count]),not-known,open,\(opened.iso),yes,yes,yes,no,no\n"
            counts[0] += 1
            for visit in 0..<8 {
                let day = opened.adding(days: 91 * visit + 5)
                star += "\(ref),\(day.iso)," + StarArea.allCases.map { _ in String(Int.random(in: 1...10, using: &random)) }.joined(separator: ",") + "\n"
                counts[1] += 1
                if visit < 7 {
                    ndt += "\(ref),\(day.iso)," + NDTItem.allCases.map { _ in String(Int.random(in: 0...4, using: &random)) }.joined(separator: ",") + "\n"
                    counts[2] += 1
                }
            }
            let support = SupportQuarter(openedOn: opened)
            for quarter in 0...8 {
                service += "\(ref),\(quarter)," + ServiceUseKind.allCases.map { _ in String(Int.random(in: 0...3, using: &random)) }.joined(separator: ",") + "\n"
                counts[4] += 1
                guard quarter >= 1 else { continue }
                let rough = Int.random(in: 0...30, using: &random)
                let own = support.days(quarter) - rough
                accommodation += "\(ref),\(quarter),\(rough),0,0,0,0,\(own),0,0\n"
                counts[3] += 1
            }
        }
        return [(.people, people, counts[0]), (.star, star, counts[1]), (.ndt, ndt, counts[2]),
                (.accommodation, accommodation, counts[3]), (.serviceUse, service, counts[4])]
    }
}
