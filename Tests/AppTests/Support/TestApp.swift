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

    let directory: String
    let app: Application
    private let clock = TestClock()

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
        TestClient(responder: app.responder, address: address)
    }

    /// Creates an account directly in the store, with `TestApp.password`.
    @discardableResult
    func createUser(
        _ email: String, roles: Set<Role>, name: String? = nil, organisationID: Int64? = nil, active: Bool = true
    ) throws -> Int64 {
        let hash = PasswordHash.make(password: Self.password, iterations: Self.iterations).encoded
        return try pool.write { db in
            let id = try UserStore.create(
                email: email, displayName: name ?? email, organisationID: organisationID, roles: roles,
                passwordHash: hash, now: now, db)
            if !active { try UserStore.setActive(userID: id, false, now: now, db) }
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
