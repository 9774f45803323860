import Domain
import Foundation
import HTTP
import Hashing
import SQLite
import Synchronization
@testable import App

/// The real app on a temporary database migrated from the real `migrations/`, rendering the
/// real `Templates/`, with a clock the test moves and cheap password hashing.
final class TestApp: Sendable {
    static let rootDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .path
    static let iterations = 1_000
    static let password = "correct horse battery"
    /// The TOTP secret (base32) of every test account enrolled in two-factor sign-in.
    static let secondFactorSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

    let directory: String
    let app: Application
    private let clock = TestClock()
    /// Secrets of accounts that enrolled through the enrolment page, by email address.
    private let enrolledSecrets = Mutex<[String: String]>([:])

    init(configure: (inout AppConfiguration) -> Void = { _ in }) throws {
        directory = NSTemporaryDirectory() + "tp-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var configuration = AppConfiguration(rootDirectory: Self.rootDirectory)
        configuration.databasePath = directory + "/test.sqlite"
        configuration.passwordIterations = Self.iterations
        configuration.accessLog = false
        configure(&configuration)
        let clock = self.clock
        app = try Application(configuration: configuration, clock: { clock.now })
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    var now: Date { clock.now }

    /// Moves the app's clock forward.
    func advance(by seconds: TimeInterval) {
        clock.advance(by: seconds)
    }

    var pool: DatabasePool { app.services.pool }

    /// A browser-like client with its own cookies.
    func client(address: String = "127.0.0.1") -> TestClient {
        let client = TestClient(responder: app.responder, address: address)
        client.secondFactorCode = { [unowned self] email in try self.currentCode(email: email) }
        client.enrolledThroughPage = { [unowned self] email, secret in
            self.enrolledSecrets.withLock { $0[AccountRules.normalisedEmail(email)] = secret }
        }
        return client
    }

    /// The code an authenticator holding `TestApp.secondFactorSecret` shows now for `email`'s
    /// account. When the account already used this step, the clock moves to the next step first,
    /// as a person waits for the next code.
    func currentCode(email: String) throws -> String {
        let lastUsed: Int64? = try pool.read { db in
            try db.scalar(
                "SELECT f.last_used_step FROM second_factors f JOIN users u ON u.id = f.user_id WHERE u.email = ?",
                AccountRules.normalisedEmail(email))
        }
        if let lastUsed, lastUsed >= TOTP.step(at: Int64(now.timeIntervalSince1970)) {
            advance(by: Double(TOTP.stepSeconds))
        }
        let secret = enrolledSecrets.withLock { $0[AccountRules.normalisedEmail(email)] } ?? Self.secondFactorSecret
        return code(at: now, secret: secret)
    }

    /// The code for `secret` (by default `TestApp.secondFactorSecret`) at `date`.
    func code(at date: Date, secret: String = TestApp.secondFactorSecret) -> String {
        TOTP(secret: Base32.decode(secret)!).code(at: Int64(date.timeIntervalSince1970))
    }

    /// Creates an account directly in the store, with `TestApp.password`; enrolled in two-factor
    /// sign-in with `TestApp.secondFactorSecret` when `enrolled` (by default when its roles need it).
    @discardableResult
    func createUser(
        _ email: String, roles: Set<Role>, name: String? = nil, organisationID: Int64? = nil, active: Bool = true,
        enrolled: Bool? = nil
    ) throws -> Int64 {
        let hash = PasswordHash.make(password: Self.password, iterations: Self.iterations).encoded
        return try pool.write { db in
            let id = try UserStore.create(
                email: email, displayName: name ?? email, organisationID: organisationID, roles: roles,
                passwordHash: hash, now: now, db)
            if !active { try UserStore.setActive(userID: id, false, now: now, db) }
            if enrolled ?? SecondFactorRules.isRequired(for: roles) {
                try SecondFactorStore.propose(userID: id, secret: Self.secondFactorSecret, now: now, db)
                try SecondFactorStore.confirm(userID: id, step: 0, recoveryCodeDigests: [], now: now, db)
            }
            return id
        }
    }

    func createOrganisation(_ name: String, sector: Sector = .voluntaryCommunity) throws -> Int64 {
        try pool.write { db in
            try OrganisationStore.create(name: name, sector: sector, pledgeSignedOn: nil, now: now, db)
        }
    }

    /// A client already signed in as a new account holding `roles`.
    func signedIn(_ roles: Set<Role>, email: String? = nil, organisationID: Int64? = nil) throws -> TestClient {
        let address = email ?? roles.sorted().map(\.rawValue).joined(separator: "-") + "@example.org"
        try createUser(address, roles: roles, organisationID: organisationID)
        let client = self.client()
        let response = try client.signIn(address, TestApp.password)
        guard response.status == 303 else { throw TestFailure("sign-in failed with \(response.status)") }
        return client
    }

    func count(_ sql: String) throws -> Int {
        try pool.read { db in try db.scalar(sql) ?? 0 }
    }

    /// A count from the access log's own database.
    func countLog(_ sql: String) throws -> Int {
        try app.services.accessLog.pool.read { db in try db.scalar(sql) ?? 0 }
    }
}

/// A clock that stands still until a test moves it.
final class TestClock: Sendable {
    private let current = Mutex(Date(timeIntervalSince1970: 1_795_000_000))

    var now: Date { current.withLock { $0 } }

    func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}

/// A failure in test set-up, with its reason.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
