import Foundation
import HTTP

@testable import App

/// The real app served over a real socket on a free loopback port, on a temporary database
/// migrated from the real `migrations/` and rendering the real `Templates/`, with cheap
/// password hashing so that signing in takes milliseconds.
final class LiveApp: Sendable {
    /// The package folder, holding `Public/`, `Templates/` and `migrations/`.
    static let rootDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    /// PBKDF2 rounds for every hash made here; the production minimum would cost seconds.
    static let passwordIterations = 1_000
    /// The password of every account the factories create.
    static let password = "correct horse battery"

    /// A temporary folder for the database and any fixture files, removed at shutdown.
    let directory: URL
    let app: Application
    let server: HTTPServer
    /// Where the browser reaches the app, e.g. `http://127.0.0.1:41234`.
    let baseURL: URL

    /// Creates the database, starts the server on port 0 and reads back the bound port;
    /// `configure` may change the app's configuration first (e.g. its trusted proxies).
    init(configure: (inout AppConfiguration) -> Void = { _ in }) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tp-browser-" + UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        do {
            var configuration = AppConfiguration(rootDirectory: Self.rootDirectory)
            configuration.databasePath = directory.appendingPathComponent("test.sqlite").path
            configuration.passwordIterations = Self.passwordIterations
            configuration.accessLog = false
            configure(&configuration)
            app = try Application(configuration: configuration)
            server = HTTPServer(
                configuration: ServerConfiguration(host: "127.0.0.1", port: 0, accessLog: false),
                responder: app.responder)
            try server.start()
            baseURL = URL(string: "http://127.0.0.1:\(server.port)")!
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
    }

    /// The absolute address of a path on the live app, e.g. `url("/sign-in")`.
    func url(_ path: String) -> URL {
        URL(string: baseURL.absoluteString + path)!
    }

    /// Stops the server (finishing requests in flight) and deletes the temporary folder.
    func shutdown() {
        server.shutdown()
        try? FileManager.default.removeItem(at: directory)
    }
}

/// Runs `body` against a freshly started app, always shutting it down afterwards.
func withLiveApp<Value>(_ body: (LiveApp) async throws -> Value) async throws -> Value {
    let live = try LiveApp()
    defer { live.shutdown() }
    return try await body(live)
}
