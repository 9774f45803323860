import Domain
import Foundation
import HTTP
import Hashing
import SQLite

/// Measures a person's record page under concurrent readers (one thread each, as the
/// server's worker pool would run them) with three access-log
/// strategies: no log at all (the ceiling), one commit per page view, and group commit.
/// Run by `swift run -c release benchmarks access-log`; not a test (timings are noisy).
public enum AccessLogBenchmark {
    /// One strategy's figures.
    public struct Result: Sendable {
        public let strategy: String
        public let pagesPerSecond: Double
        public let medianMilliseconds: Double
        public let p99Milliseconds: Double
        public let pages: Int
        public let transactions: Int
    }

    public static func run(rootDirectory: String, readers: Int = 32, seconds: Double = 5) throws -> [Result] {
        let strategies: [(String, (DatabasePool) -> AccessLogWriter)] = [
            ("no access log (ceiling)", { AccessLogWriter(pool: $0, commit: { _ in }) }),
            ("one commit per page", { AccessLogWriter(pool: $0, maximumBatch: 1) }),
            ("group commit", { AccessLogWriter(pool: $0) }),
        ]
        return try strategies.map { name, writer in
            try measure(name, writer, rootDirectory: rootDirectory, readers: readers, seconds: seconds)
        }
    }

    private static func measure(
        _ name: String, _ writer: (DatabasePool) -> AccessLogWriter, rootDirectory: String, readers: Int, seconds: Double
    ) throws -> Result {
        let directory = NSTemporaryDirectory() + "tp-bench-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var configuration = AppConfiguration(rootDirectory: rootDirectory)
        configuration.databasePath = directory + "/bench.sqlite"
        configuration.passwordIterations = 1_000
        configuration.accessLog = false
        let app = try Application(configuration: configuration, clock: { Date() }, accessLog: writer)
        let (personID, cookie) = try prepare(app)
        let request = HTTPRequest(
            method: .get, path: Route.person(IndividualID(personID)).path,
            headers: ["Host": "127.0.0.1:8080", "Cookie": "\(Authenticator.sessionCookieName)=\(cookie)"])
        let first = app.responder.respond(to: request)
        guard first.status == .ok else { throw AppError.badRequest("benchmark page answered \(first.status)") }
        let deadline = Date().addingTimeInterval(seconds)
        let latencies = LatencyBag()
        let finished = DispatchGroup()
        for _ in 0..<readers {
            finished.enter()
            let thread = Thread {
                var mine: [Double] = []
                while Date() < deadline {
                    let start = DispatchTime.now().uptimeNanoseconds
                    _ = app.responder.respond(to: request)
                    mine.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
                }
                latencies.add(mine)
                finished.leave()
            }
            thread.start()
        }
        finished.wait()
        let all = latencies.sorted()
        return Result(
            strategy: name, pagesPerSecond: Double(all.count) / seconds, medianMilliseconds: all[all.count / 2],
            p99Milliseconds: all[min(all.count - 1, all.count * 99 / 100)], pages: all.count,
            transactions: app.services.personalData.log.batchesWritten)
    }

    /// One coordinator and one person with a story, a plan and contacts; returns the person's
    /// id and a session token.
    private static func prepare(_ app: Application) throws -> (Int64, String) {
        let services = app.services
        let token = SessionToken.generate()
        let now = Date()
        let today = LondonTime.today(now)
        let personID = try services.pool.write { db -> Int64 in
            let userID = try UserStore.create(
                email: "bench@example.org", displayName: "Bench Coordinator", organisationID: nil, roles: [.coordinator],
                passwordHash: nil, now: now, db)
            try SessionStore.create(tokenDigest: SessionToken.digest(token), userID: userID, csrfToken: "x", now: now, db)
            let referral = Referral(
                preferredName: "Robin", district: .fenland, cohortGroup: .notKnown, referredOn: today.adding(days: -100),
                disadvantages: [.homelessness: today, .mentalHealth: today, .offending: today])
            let id = try IndividualStore.create(referral, consent: .givenVerbally, by: userID, now: now, db).id
            try IndividualStore.changeStatus(id, to: .open, on: today.adding(days: -90), reason: nil, note: "", by: userID, now: now, db)
            for index in 0..<12 {
                _ = try StoryStore.add(
                    individualID: id, category: InformationCategory.allCases[index % 10], toldOn: today.adding(days: -index),
                    body: "Entry \(index): what the person said, in their own words.", by: userID, now: now, db)
                try ContactStore.addContact(
                    individualID: id, on: today.adding(days: -index), kind: .phone, trustedPersonID: nil, servicesInvolved: "",
                    category: .notes, note: "Checked in.", by: userID, now: now, db)
            }
            let goal = try PlanStore.addGoal(individualID: id, goal: "A place of my own", by: userID, now: now, db)
            try PlanStore.addStep(goalID: goal, individualID: id, step: "Call housing options", who: "Robin", dueOn: today, by: userID, now: now, db)
            return id
        }
        return (personID, token)
    }

    /// Latencies gathered from every reader thread.
    private final class LatencyBag: @unchecked Sendable {
        // Guarded by `lock`.
        private var values: [Double] = []
        private let lock = NSLock()

        func add(_ more: [Double]) {
            lock.lock()
            values += more
            lock.unlock()
        }

        func sorted() -> [Double] {
            lock.lock()
            defer { lock.unlock() }
            return values.sorted()
        }
    }
}
