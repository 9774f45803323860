import Glibc
import HTTP

/// A live server on 127.0.0.1, ephemeral port, quick limits, the test routes by default.
final class TestServer {
    let server: HTTPServer
    let port: Int

    init(
        responder: any HTTPResponder = TestRoutes.router(),
        configure: (inout ServerConfiguration) -> Void = { _ in }
    ) throws {
        var configuration = ServerConfiguration(port: 0, accessLog: false)
        configuration.eventLoops = 2
        configuration.workerThreads = 4
        configuration.idleTimeout = 5
        configuration.headerReadTimeout = 5
        configuration.bodyReadTimeout = 5
        configuration.shutdownGracePeriod = 3
        configure(&configuration)
        server = HTTPServer(configuration: configuration, responder: responder)
        try server.start()
        port = server.port
    }

    func client(timeout: Double = 5) throws -> TestClient {
        try TestClient(port: port, timeout: timeout)
    }

    /// A GET on a fresh connection.
    func get(_ target: String, headers: String = "") throws -> TestResponse {
        let client = try client()
        client.send("GET \(target) HTTP/1.1\r\nHost: test\r\n\(headers)\r\n")
        return try client.readResponse()
    }

    /// Asserts-by-return that a normal request still works on a new connection.
    func stillServes() -> Bool {
        (try? get("/hello").text) == "hello"
    }

    func stop() {
        server.shutdown()
    }
}
