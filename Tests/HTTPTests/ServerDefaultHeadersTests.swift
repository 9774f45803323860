import Glibc
import HTTP
import Testing

@Suite("Default headers on the server's own answers (live sockets)")
struct ServerDefaultHeadersTests {
    static let headers: HTTPHeaders = [
        "Content-Security-Policy": "default-src 'none'", "X-Content-Type-Options": "nosniff",
    ]

    private func server(_ configure: (inout ServerConfiguration) -> Void = { _ in }) throws -> TestServer {
        try TestServer {
            $0.defaultHeaders = Self.headers
            configure(&$0)
        }
    }

    private func expectDefaultHeaders(_ response: TestResponse, status: Int) {
        #expect(response.status == status)
        #expect(response["Content-Security-Policy"] == "default-src 'none'")
        #expect(response["X-Content-Type-Options"] == "nosniff")
        #expect(response["Content-Type"] == "text/plain; charset=utf-8")
        #expect(response["Connection"] == "close")
    }

    @Test(arguments: [
        "GET /hello HTTP/1.1\r\nHost: a b/c\r\n\r\n", "GET /hello HTTP/1.1\r\n\r\n",
        "GET /hello HTTP/1.1\r\nHost: a\r\nBad Name: x\r\n\r\n", "GET /hello HTTP/1.1\r\nHost: a\r\nContent-Length: x\r\n\r\n",
    ])
    func aMalformedRequestsAnswerCarriesThem(_ request: String) throws {
        let server = try server()
        defer { server.stop() }
        let client = try server.client()
        client.send(request)
        expectDefaultHeaders(try client.readResponse(), status: 400)
    }

    @Test func overLimitAndTimeoutAnswersCarryThem() throws {
        let server = try server {
            $0.maxRequestLineBytes = 256
            $0.maxHeaderBytes = 512
            $0.maxBodyBytes = 100
            $0.headerReadTimeout = 0.3
        }
        defer { server.stop() }
        let cases = [
            ("GET /\(String(repeating: "a", count: 400)) HTTP/1.1\r\nHost: a\r\n\r\n", 414),
            ("GET /hello HTTP/1.1\r\nHost: a\r\nX-Big: \(String(repeating: "b", count: 1000))\r\n\r\n", 431),
            ("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5000\r\n\r\n", 413),
            ("GET /hello HTTP/1.1\r\nHost: a\r\n", 408),
        ]
        for (request, status) in cases {
            let client = try server.client()
            client.send(request)
            expectDefaultHeaders(try client.readResponse(), status: status)
        }
    }

    @Test func theRefusalAtTheConnectionLimitCarriesThem() throws {
        let server = try server { $0.maxConnections = 1 }
        defer { server.stop() }
        let busy = try server.client()
        busy.send("GET /hello HTTP/1.1\r\nHost: a\r\n")
        usleep(100_000)
        let refused = try server.client()
        expectDefaultHeaders(try refused.readResponse(), status: 503)
    }

    @Test func theResponderAnswersAreLeftAsTheResponderMadeThem() throws {
        let server = try server()
        defer { server.stop() }
        let response = try server.get("/hello")
        #expect(response.status == 200)
        #expect(response["Content-Security-Policy"] == nil)
    }
}
