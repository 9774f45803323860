import Glibc
import Synchronization
import Testing

@testable import HTTP

/// A restart without dropped requests, on live sockets: the new server binds the same port
/// (SO_REUSEPORT) while the old one still serves, then the old one shuts down gracefully.
/// Requests in flight on the old server finish with complete answers, and clients connecting
/// all through the switch are answered by one or the other; none is refused or reset.
@Suite("Graceful restart (live sockets)")
struct GracefulRestartTests {
    /// Answers gathered from the clients' threads.
    final class Answers: Sendable {
        private let texts = Mutex<[String]>([])
        func add(_ text: String) { texts.withLock { $0.append(text) } }
        var all: [String] { texts.withLock { $0 } }
    }

    @Test func inFlightAndNewRequestsAllGetCompleteAnswersAcrossARestart() throws {
        let old = try TestServer()
        let inFlight = Answers()
        let clients = try (0..<6).map { _ in try old.client() }
        for client in clients { client.send("GET /sleep-300 HTTP/1.1\r\nHost: a\r\n\r\n") }
        let done = Flag()
        for client in clients {
            nonisolated(unsafe) let client = client
            TestThread.detach {
                inFlight.add((try? client.readResponse().text) ?? "no answer")
            }
        }
        let newcomers = Answers()
        let port = old.port
        TestThread.detach {
            while !done.isSet {
                newcomers.add((try? Self.hello(port: port)) ?? "no answer")
            }
        }
        usleep(50_000)
        let new = try TestServer { $0.port = port }
        usleep(50_000)
        old.stop()
        usleep(100_000)
        done.set()
        let waited = Elapsed()
        while inFlight.all.count < clients.count && waited.seconds < 5 { usleep(5_000) }
        usleep(50_000)
        #expect(inFlight.all == Array(repeating: "done", count: clients.count))
        #expect(newcomers.all.count > 20)
        #expect(newcomers.all.allSatisfy { $0 == "hello" }, "\(newcomers.all.filter { $0 != "hello" }.count) dropped")
        #expect(new.stillServes())
        new.stop()
    }

    /// Clients whose connections the kernel completed but the server had not yet accepted when
    /// shutdown began are served, not reset: closing a listener resets its queue.
    @Test func connectionsWaitingInTheListenQueueAtShutdownAreServed() throws {
        var configuration = ServerConfiguration(port: 0, accessLog: false)
        configuration.shutdownGracePeriod = 3
        let listener = try Socket.listen(host: "127.0.0.1", port: 0, backlog: 64)
        let workers = WorkerPool(threads: 2)
        let loop = try EventLoop(
            configuration: configuration, responder: TestRoutes.router(), workers: workers,
            openConnections: OpenConnections(limit: 100), listenFD: listener)
        let queued = try (0..<5).map { _ in try TestClient(port: Socket.boundPort(listener)) }
        for client in queued { client.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n") }
        // Before the loop's thread starts, so nothing has been accepted yet.
        loop.beginDraining(deadline: Monotonic.nanoseconds() + 3_000_000_000)
        Threads.spawn { loop.run() }
        for client in queued {
            let response = try client.readResponse()
            #expect(response.text == "hello")
            #expect(response["Connection"] == "close")
        }
        loop.waitUntilStopped(timeout: 5_000_000_000)
        workers.stop()
    }

    /// `GET /hello` on a new connection.
    private static func hello(port: Int) throws -> String {
        let client = try TestClient(port: port)
        client.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n")
        return try client.readResponse().text
    }
}
