import Glibc
import HTTP
import Testing

/// At `maxConnections`, a new client is admitted by closing the least recently used idle
/// keep-alive connection; busy ones (mid-request, awaiting a response) are never closed.
/// One event loop, so every connection shares the loop whose idle list is consulted.
@Suite("Idle connections make room at the limit (live sockets)")
struct IdleEvictionTests {
    private func server(limit: Int) throws -> TestServer {
        try TestServer {
            $0.eventLoops = 1
            $0.maxConnections = limit
        }
    }

    private func served(_ client: TestClient) -> Bool {
        client.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n")
        return (try? client.readResponse().text) == "hello"
    }

    @Test func newClientsCloseTheOldestIdleConnections() throws {
        let limit = 20
        let server = try server(limit: limit)
        defer { server.stop() }
        var held: [TestClient] = []
        for _ in 0..<limit {
            let client = try server.client()
            #expect(served(client))
            held.append(client)
        }
        let newcomers = 8
        for _ in 0..<newcomers {
            let client = try server.client()
            #expect(served(client))
            held.append(client)
        }
        for client in held[0..<newcomers] {
            client.setTimeout(2)
            #expect(client.isClosedByServer())
        }
        for client in held[newcomers...] {
            #expect(served(client))
        }
    }

    @Test func aBusyConnectionIsPassedOverForAnIdleOne() throws {
        let server = try server(limit: 3)
        defer { server.stop() }
        let midRequest = try server.client()
        midRequest.send("GET /hello HTTP/1.1\r\nHost: a\r\n")
        let awaitingResponse = try server.client()
        awaitingResponse.send("GET /slow HTTP/1.1\r\nHost: a\r\n\r\n")
        usleep(100_000)
        let idle = try server.client()
        #expect(served(idle))
        let newcomer = try server.client()
        #expect(served(newcomer))
        idle.setTimeout(2)
        #expect(idle.isClosedByServer())
        midRequest.send("\r\n")
        #expect(try midRequest.readResponse().text == "hello")
        #expect(try awaitingResponse.readResponse().text == "slow")
    }

    @Test func withNothingIdleTheNewcomerGets503() throws {
        let server = try server(limit: 2)
        defer { server.stop() }
        let midRequest = try server.client()
        midRequest.send("GET /hello HTTP/1.1\r\nHost: a\r\n")
        let awaitingResponse = try server.client()
        awaitingResponse.send("GET /slow HTTP/1.1\r\nHost: a\r\n\r\n")
        usleep(100_000)
        let refused = try server.client()
        #expect(try refused.readResponse().status == 503)
        midRequest.send("\r\n")
        #expect(try midRequest.readResponse().text == "hello")
        #expect(try awaitingResponse.readResponse().text == "slow")
    }
}
