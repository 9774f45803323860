import Domain
import Foundation
import HTTP
import Hashing
import SQLite

/// The soak: the pages benchmark's page mix for many minutes, with sign-ins and writes between
/// the reads, on the real server in process. It answers two questions a short benchmark cannot:
/// does anything ever fail under steady mixed use (the count must be 0), and does memory stay
/// flat (RSS sampled every minute). Run by `swift run -c release benchmarks soak [--minutes 10]`.
///
/// Each of `connections` visitors loops over: a read of one of the pages benchmark's pages
/// (80 %), a contact logged by the coordinator (15 %, one transaction plus its access-log
/// entry), or a full sign-in of a trusted person on a new connection (5 %: the sign-in page,
/// the password, their `/alongside` page, sign-out).
public enum SoakBenchmark {
    /// What the soak measured.
    public struct Report: Sendable {
        public var requests = 0
        public var reads = 0
        public var writes = 0
        public var signIns = 0
        /// Answers with an unexpected status, and connections that failed.
        public var errors = 0
        /// Each kind of error with how often it happened.
        public var failures: [String: Int] = [:]
        public var seconds = 0.0
        /// Resident memory (MiB) after the warm-up, then at the end of each minute.
        public var residentMiB: [Double] = []
        public var peakResidentMiB = 0.0
    }

    /// Builds the cohort, starts the server and runs the mix for `minutes`.
    public static func run(
        rootDirectory: String, minutes: Double, people: Int = 10_000, connections: Int = 16, progress: (String) -> Void
    ) throws -> Report {
        MemoryArenas.limit()
        let directory = NSTemporaryDirectory() + "tp-soak-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var configuration = AppConfiguration(rootDirectory: rootDirectory)
        configuration.databasePath = directory + "/soak.sqlite"
        configuration.passwordIterations = 1_000
        configuration.accessLog = false
        configuration.port = 0
        let app = try Application(configuration: configuration)
        let accounts = try SoakAccounts.create(app, people: people)
        for (kind, text, _) in CohortFiles.generate(people: people) + accounts.links {
            _ = try Importer.run(
                kind: kind, bytes: Array(text.utf8), file: kind.rawValue + ".csv", dryRun: false, pool: app.services.pool,
                log: app.services.personalData.log, userID: nil, now: Date())
        }
        progress("cohort of \(people) people built")
        let server = HTTPServer(configuration: app.serverConfiguration, responder: app.responder)
        try server.start()
        defer { server.shutdown() }
        let visitor = SoakVisitor(port: server.port, accounts: accounts, people: people)
        let writable = visitor.writablePeople()
        progress("\(writable.count) people open to contacts; warming up")
        _ = visitor.run(until: Date().addingTimeInterval(5), writable: writable, threads: connections)

        var report = Report()
        report.residentMiB = [LoadGenerator.residentMiB().now]
        let started = Date()
        let end = started.addingTimeInterval(minutes * 60)
        while Date() < end {
            let slice = min(end, Date().addingTimeInterval(60))
            let minute = visitor.run(until: slice, writable: writable, threads: connections)
            report.requests += minute.requests
            report.reads += minute.reads
            report.writes += minute.writes
            report.signIns += minute.signIns
            report.errors += minute.errors
            report.failures.merge(minute.failures, uniquingKeysWith: +)
            report.residentMiB.append(LoadGenerator.residentMiB().now)
            progress(String(format: "minute %d: %d requests, %d errors, RSS %.0f MiB", report.residentMiB.count - 1,
                            minute.requests, minute.errors, report.residentMiB.last ?? 0)
                + minute.failures.sorted { $0.key < $1.key }.map { " [\($0.key) ×\($0.value)]" }.joined())
        }
        report.seconds = Date().timeIntervalSince(started)
        report.peakResidentMiB = LoadGenerator.residentMiB().peak
        return report
    }
}
