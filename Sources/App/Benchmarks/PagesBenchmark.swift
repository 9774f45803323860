import Domain
import Foundation
import HTTP
import Hashing
import SQLite

/// The real pages under concurrent keep-alive load at 10,000 people: builds the benchmark cohort
/// through the real importer (people, Stars, NDTs, accommodation, service use, trusted people and
/// their links), gives a coordinator, a manager and a trusted person a session each, starts the
/// real HTTP server on 127.0.0.1, and drives each page with `LoadGenerator`. Server CPU per
/// request is the process's CPU over the run less the generator threads' own. Run by
/// `swift run -c release benchmarks pages`; not a test.
public enum PagesBenchmark {
    /// One page's figures.
    public struct Line: Sendable {
        public let page: String
        public let requestsPerSecond: Double
        public let p50Milliseconds: Double
        public let p99Milliseconds: Double
        public let serverCPUMicroseconds: Double
        /// The load generator's own CPU per request (its threads share the process and the cores).
        public let generatorCPUMicroseconds: Double
        public let failures: Int
        public let residentMiB: Double
        /// The longest a request waited for its access-log entries to be committed, the longest
        /// an entry queued before the commit holding it began (at most the commit in flight),
        /// and the longest one commit of the log took, during the run (milliseconds).
        public let longestLogWaitMilliseconds: Double
        public let longestLogQueueMilliseconds: Double
        public let longestLogCommitMilliseconds: Double
        /// How many commits of the log the run made, and their mean duration.
        public let logCommits: Int
        public let meanLogCommitMilliseconds: Double
    }

    /// `keep`: a folder whose cohort is reused when it holds one (built and kept there otherwise);
    /// `only`: run just the pages whose name contains one of these texts (all when empty).
    public static func run(
        rootDirectory: String, people: Int = 10_000, connections: Int = 32, seconds: Double = 5, keep: String? = nil,
        only: [String] = [], progress: (String) -> Void
    ) throws -> [Line] {
        MemoryArenas.limit()
        let directory = keep ?? NSTemporaryDirectory() + "tp-pages-bench-" + UUID().uuidString
        let reused = FileManager.default.fileExists(atPath: directory + "/bench.sqlite")
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: directory) } }
        var configuration = AppConfiguration(rootDirectory: rootDirectory)
        configuration.databasePath = directory + "/bench.sqlite"
        configuration.passwordIterations = 1_000
        configuration.accessLog = false
        configuration.host = "127.0.0.1"
        configuration.port = 0
        let app = try Application(configuration: configuration)
        let cookies = try sessions(app)
        let started = Date()
        for (kind, text, rows) in reused ? [] : CohortFiles.generate(people: people) + network(people: people) {
            let outcome = try Importer.run(
                kind: kind, bytes: Array(text.utf8), file: kind.rawValue + ".csv", dryRun: false, pool: app.services.pool,
                log: app.services.personalData.log, userID: nil, now: Date())
            progress("imported \(rows) \(kind.rawValue) rows" + (outcome.errors.isEmpty ? "" : ", \(outcome.errors.count) refused"))
        }
        progress(String(format: "cohort built in %.1f s", Date().timeIntervalSince(started)))
        // A trusted person (tp-1, primary for about 25 people) leaving their role: the bulk handover page.
        let bulk = try app.services.pool.write { db in
            try HandoverStore.createBulk(
                trustedPersonID: try TrustedPersonStore.idsByKey(db)["tp-1"] ?? 0, reason: .leftRole, note: "", by: nil, now: Date(), db)
        }
        let server = HTTPServer(configuration: app.serverConfiguration, responder: app.responder)
        try server.start()
        defer { server.shutdown() }
        let person = IndividualID(Int64(people / 2))
        let pages: [(String, String, String)] = [
            ("/static/app.css", "/static/app.css", cookies.coordinator),
            ("/caseload (coordinator, first page)", Route.caseload.path, cookies.coordinator),
            ("/caseload?district=peterborough&sort=name&page=20", Route.caseload.path + "?district=peterborough&sort=name&page=20", cookies.coordinator),
            ("/caseload?assessment_due=1", Route.caseload.path + "?assessment_due=1", cookies.coordinator),
            ("/caseload?no_trusted_person=1&sort=status", Route.caseload.path + "?no_trusted_person=1&sort=status", cookies.coordinator),
            ("/caseload?interim_only=1&sort=district", Route.caseload.path + "?interim_only=1&sort=district", cookies.coordinator),
            ("\(Route.person(person).path) (record, access log committed)", Route.person(person).path, cookies.coordinator),
            (Route.progress(person).path, Route.progress(person).path, cookies.coordinator),
            ("/reports?quarter=2024Q1 (manager)", Route.reports.path + "?quarter=2024Q1", cookies.manager),
            ("/network (manager)", Route.network.path, cookies.manager),
            ("/trusted-people (coordinator)", Route.trustedPeople.path, cookies.coordinator),
            ("/alongside (trusted person)", Route.alongside.path, cookies.trustedPerson),
            ("\(Route.bulkHandover(BulkHandoverID(bulk)).path) (bulk handover, coordinator)", Route.bulkHandover(BulkHandoverID(bulk)).path, cookies.coordinator),
        ]
        var lines: [Line] = []
        for (name, path, cookie) in pages where only.isEmpty || only.contains(where: { name.contains($0) }) {
            _ = LoadGenerator.run(port: server.port, path: path, cookie: cookie, connections: connections, seconds: 0.5)
            _ = app.services.personalData.log.takeTimings()
            let cpuBefore = LoadGenerator.processCPUSeconds()
            let result = LoadGenerator.run(port: server.port, path: path, cookie: cookie, connections: connections, seconds: seconds)
            let serverCPU = LoadGenerator.processCPUSeconds() - cpuBefore - result.clientCPUSeconds
            let log = app.services.personalData.log.takeTimings()
            let line = Line(
                page: name, requestsPerSecond: Double(result.requests) / seconds, p50Milliseconds: result.percentile(0.5),
                p99Milliseconds: result.percentile(0.99), serverCPUMicroseconds: serverCPU / Double(max(1, result.requests)) * 1e6,
                generatorCPUMicroseconds: result.clientCPUSeconds / Double(max(1, result.requests)) * 1e6,
                failures: result.failures, residentMiB: LoadGenerator.residentMiB().now,
                longestLogWaitMilliseconds: log.longestWaitSeconds * 1000, longestLogQueueMilliseconds: log.longestQueueSeconds * 1000,
                longestLogCommitMilliseconds: log.longestCommitSeconds * 1000, logCommits: log.commits,
                meanLogCommitMilliseconds: log.commits == 0 ? 0 : log.totalCommitSeconds / Double(log.commits) * 1000)
            progress(String(format: "%@: %.0f req/s", name, line.requestsPerSecond))
            lines.append(line)
        }
        if only.isEmpty || only.contains(where: { "/reports".contains($0) }) {
            lines.append(try uncachedReportPage(app, port: server.port, path: Route.reports.path + "?quarter=2024Q1", cookie: cookies.manager))
        }
        if only.isEmpty || only.contains(where: { "network".contains($0) }) {
            lines.append(try uncachedNetworkSection(app.services.pool))
        }
        return lines
    }

    /// The process's peak resident memory so far (MiB), cohort building included.
    public static func peakResidentMiB() -> Double {
        LoadGenerator.residentMiB().peak
    }

    /// A coordinator, a manager, and a trusted person (key `tp-0`) with an account; their session cookies.
    private static func sessions(_ app: Application) throws -> (coordinator: String, manager: String, trustedPerson: String) {
        let now = Date()
        return try app.services.pool.write { db in
            func session(_ email: String, _ roles: Set<Role>) throws -> (String, Int64) {
                let userID = try UserStore.find(email: email, db)?.id ?? UserStore.create(
                    email: email, displayName: email, organisationID: nil, roles: roles, passwordHash: nil, now: now, db)
                let token = SessionToken.generate()
                try SessionStore.create(tokenDigest: SessionToken.digest(token), userID: userID, csrfToken: "x", now: now, db)
                return ("\(Authenticator.sessionCookieName)=\(token)", userID)
            }
            let helper = try session("helper@example.org", [.trustedPerson])
            guard try TrustedPersonStore.find(userID: helper.1, db) == nil else {
                return (try session("coordinator@example.org", [.coordinator]).0, try session("manager@example.org", [.manager]).0, helper.0)
            }
            _ = try TrustedPersonStore.create(
                key: "tp-0", name: "Helper 0", kind: .person, organisationID: nil, paid: .paid, userID: helper.1, now: now, db)
            return (try session("coordinator@example.org", [.coordinator]).0, try session("manager@example.org", [.manager]).0, helper.0)
        }
    }

    /// Trusted people (one per 25 people) and links: a primary for nine people in ten, a
    /// trusted friend for every other person, interim cover alone for one in twenty.
    private static func network(people count: Int) -> [(ImportKind, String, Int)] {
        let helpers = max(2, count / 25)
        var trustedPeople = "key,name,kind,organisation,paid\n"
        for index in 1..<helpers { trustedPeople += "tp-\(index),Helper \(index),person,,paid\n" }
        var links = "person_ref,trusted_key,role,started_on\n"
        var linkCount = 0
        for index in 0..<count {
            let ref = PersonReference.format(index + 1)
            let started = CalendarDate(iso: "2022-09-01")!.adding(days: index % 180 + 3).iso
            if index % 20 == 19 {
                links += "\(ref),tp-\((index + 3) % helpers),interim,\(started)\n"
                linkCount += 1
            } else if index % 10 != 9 {
                links += "\(ref),tp-\(index % helpers),primary,\(started)\n"
                linkCount += 1
            }
            if index % 2 == 0 {
                links += "\(ref),tp-\((index + 7) % helpers),trusted,\(started)\n"
                linkCount += 1
            }
        }
        return [(.trustedPeople, trustedPeople, helpers - 1), (.trustLinks, links, linkCount)]
    }
}
