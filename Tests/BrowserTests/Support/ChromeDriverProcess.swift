import Foundation

/// A chromedriver listening on 127.0.0.1 at a free port, started and stopped by the tests.
final class ChromeDriverProcess: Sendable {
    /// The port chromedriver listens on, on 127.0.0.1.
    let port: Int
    /// The Chromium executable sessions should launch.
    let browserPath: String
    private let child: ChildProcess
    private let workDirectory: URL

    private init(port: Int, browserPath: String, child: ChildProcess, workDirectory: URL) {
        self.port = port
        self.browserPath = browserPath
        self.child = child
        self.workDirectory = workDirectory
    }

    /// Finds the tools, starts chromedriver and returns once `/status` says it is ready.
    ///
    /// A free port can be taken between choosing and binding it, so a failed start is
    /// retried on a fresh port.
    static func start(readyTimeout: Duration = .seconds(15)) async throws -> ChromeDriverProcess {
        let tools = try BrowserTools.locate()
        let workDirectory = FileManager.default.temporaryDirectory
            .appending(path: "chromedriver-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
        var lastError: any Error = WebDriverError.processDidNotStart(name: "chromedriver", detail: "")
        for attempt in 1...3 {
            let port = try LocalPort.free()
            let child = try ChildProcess(
                name: "chromedriver", executable: tools.driver,
                arguments: ["--port=\(port)", "--allowed-ips=127.0.0.1", "--log-level=WARNING"],
                logFile: workDirectory.appending(path: "chromedriver-\(attempt).log"))
            do {
                try await waitUntilReady(port: port, child: child, timeout: readyTimeout)
                return ChromeDriverProcess(
                    port: port, browserPath: tools.browser, child: child, workDirectory: workDirectory)
            } catch {
                await child.stop()
                lastError = error
            }
        }
        try? FileManager.default.removeItem(at: workDirectory)
        throw lastError
    }

    /// Asks chromedriver to close any browsers and exit, then makes sure it has.
    func stop() async {
        let transport = WebDriverTransport(port: port, requestTimeout: .seconds(5))
        _ = try? await transport.send("GET", "shutdown", as: Ignored.self)
        await child.stop()
        try? FileManager.default.removeItem(at: workDirectory)
    }

    /// A fresh, empty profile directory for one session, inside this driver's work folder.
    func makeProfileDirectory() throws -> URL {
        let profile = workDirectory.appending(path: "profile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        return profile
    }

    private static func waitUntilReady(port: Int, child: ChildProcess, timeout: Duration) async throws {
        let transport = WebDriverTransport(port: port, requestTimeout: .seconds(2))
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while clock.now < deadline {
            guard child.isRunning else {
                throw WebDriverError.processDidNotStart(name: "chromedriver", detail: child.logTail())
            }
            if let status = try? await transport.send("GET", "status", as: DriverStatus.self), status.ready {
                return
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw WebDriverError.processDidNotStart(
            name: "chromedriver", detail: "not ready within \(timeout). Log: \(child.logTail())")
    }
}

/// The value of chromedriver's `GET /status`.
private struct DriverStatus: Decodable {
    let ready: Bool
}
