import Domain
import Foundation
import SQLite
import Testing
@testable import App

/// Crash safety through the real executable: `trusted-person serve` takes contacts, consents and
/// Outcomes Star readings from several connections at once and is killed with SIGKILL at a
/// random moment (what a power cut or the OOM killer does). After each kill every write whose
/// 303 reached the client must be in the database, and the database and the access log must
/// pass `PRAGMA integrity_check`; the next round restarts the process on the same files.
///
/// Why it holds: every write is one transaction committed with `synchronous=FULL` in WAL mode
/// before the 303 is sent, and the access-log entry is committed before the page too.
/// `TP_CRASH_ROUNDS` sets the number of kills (5 by default; README reports a long run).
@Suite struct CrashSafetyTests {
    static let rounds = Int(ProcessInfo.processInfo.environment["TP_CRASH_ROUNDS"] ?? "") ?? 5

    /// What the three writers send, each identified by its own text so it can be found again.
    enum Write: CaseIterable {
        case contact, consent, star

        func post(port: Int, person: Int64, cookie: String, csrf: String, label: String) throws -> Int {
            let (path, fields): (String, [(String, String)]) =
                switch self {
                case .contact:
                    ("/people/\(person)/contacts",
                     [("contact_on", "2026-02-03"), ("kind", "phone"), ("category", "health"), ("note", label)])
                case .consent:
                    ("/people/\(person)/consents",
                     [("recipient", "coordination-team"), ("categories", "story"), ("purpose", label),
                      ("how_given", "verbal"), ("given_on", "2026-02-01")])
                case .star:
                    ("/people/\(person)/star",
                     [("assessed_on", "2026-03-01"), ("took_part", label)] + StarArea.allCases.map { ($0.rawValue, "4") })
                }
            return try LoopbackRequest.postForm(port: port, path, cookie: cookie, fields + [("_csrf", csrf)])
        }

        /// Every label of this kind stored in `db`.
        func stored(_ db: Database) throws -> Set<String> {
            let sql = switch self {
            case .contact: "SELECT note FROM contacts"
            case .consent: "SELECT purpose FROM consents"
            case .star: "SELECT took_part FROM star_readings"
            }
            return Set(try db.query(sql).map { try $0.get(0) as String })
        }
    }

    @Test func everyConfirmedWriteSurvivesSIGKILL() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let userID = try test.createUser("casey.coordinator@example.org", roles: [.coordinator])
        let sessions = try Write.allCases.map { _ in try session(test, userID: userID) }
        let database = test.app.configuration.databasePath
        var confirmedTotal = 0
        var lostTotal = 0
        for round in 0..<Self.rounds {
            let server = try ServeProcess(database: database, logPath: test.directory + "/serve-\(round).log")
            let port = server.port
            let confirmed = Locked<[Write: [String]]>([:])
            let threads = zip(Write.allCases, sessions).map { write, session in
                Thread {
                    for index in 0... {
                        let label = "Crash round \(round) \(write) \(index)"
                        guard let status = try? write.post(
                            port: port, person: person, cookie: session.cookie, csrf: session.csrf, label: label)
                        else { return }
                        #expect(status == 303, "\(label) answered \(status)")
                        if status == 303 { confirmed.update { $0[write, default: []].append(label) } }
                    }
                }
            }
            for thread in threads { thread.start() }
            usleep(UInt32.random(in: 150_000...700_000))
            server.killNow()
            while threads.contains(where: { !$0.isFinished }) { usleep(5_000) }

            let accessLog = AppConfiguration.accessLogPath(beside: database)
            let db = try Database(path: database)
            #expect(try db.integrityCheck())
            #expect(try Database(path: accessLog).integrityCheck())
            for write in Write.allCases {
                let missing = Set(confirmed.value[write] ?? []).subtracting(try write.stored(db))
                #expect(missing.isEmpty, "round \(round): confirmed but lost: \(missing.sorted())")
                confirmedTotal += confirmed.value[write]?.count ?? 0
                lostTotal += missing.count
            }
        }
        #expect(confirmedTotal > 0)
        print("Crash safety: \(Self.rounds) SIGKILLs, \(confirmedTotal) confirmed writes, \(lostTotal) lost")
        let last = try ServeProcess(database: database, logPath: test.directory + "/serve-last.log")
        #expect(try LoopbackRequest.send(port: last.port, "GET", "/healthz").status == 200)
        #expect(last.terminate() == 0)
    }

    /// A live session for the coordinator, started directly in the store (the real clock, as the
    /// spawned server uses), with the cookie header and form token its posts send.
    private func session(_ test: TestApp, userID: Int64) throws -> (cookie: String, csrf: String) {
        try test.pool.write { db in
            let cookie = try test.app.services.authenticator.startSession(userID: userID, now: Date(), db)
            let csrf: String = try db.scalar("SELECT csrf_token FROM sessions ORDER BY id DESC LIMIT 1") ?? ""
            return ("\(cookie.name)=\(cookie.value)", csrf)
        }
    }
}
