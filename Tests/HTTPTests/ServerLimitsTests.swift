import Glibc
import HTTP
import Testing

@Suite("Server limits and timeouts (live sockets)")
struct ServerLimitsTests {
    @Test func answers414ForALongRequestLine() throws {
        let server = try TestServer { $0.maxRequestLineBytes = 256 }
        defer { server.stop() }
        let client = try server.client()
        client.send("GET /\(String(repeating: "a", count: 400)) HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try client.readResponse().status == 414)
        #expect(client.isClosedByServer())
        #expect(server.stillServes())
    }

    @Test func answers431ForALargeHeaderBlock() throws {
        let server = try TestServer { $0.maxHeaderBytes = 512 }
        defer { server.stop() }
        let client = try server.client()
        client.send("GET /hello HTTP/1.1\r\nHost: a\r\nX-Big: \(String(repeating: "b", count: 1000))\r\n\r\n")
        #expect(try client.readResponse().status == 431)
        #expect(client.isClosedByServer())
        #expect(server.stillServes())
    }

    @Test func answers431ForTooManyHeaders() throws {
        let server = try TestServer { $0.maxHeaderCount = 5 }
        defer { server.stop() }
        let client = try server.client()
        let fields = (0..<10).map { "X-\($0): v\r\n" }.joined()
        client.send("GET /hello HTTP/1.1\r\nHost: a\r\n\(fields)\r\n")
        #expect(try client.readResponse().status == 431)
        #expect(client.isClosedByServer())
        #expect(server.stillServes())
    }

    @Test func answers413ForALargeBody() throws {
        let server = try TestServer { $0.maxBodyBytes = 1000 }
        defer { server.stop() }
        let client = try server.client()
        client.send("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5000\r\n\r\n")
        client.send(String(repeating: "z", count: 5000))
        #expect(try client.readResponse().status == 413)
        #expect(client.isClosedByServer())
        let chunked = try server.client()
        chunked.send("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunked.send("800\r\n\(String(repeating: "y", count: 2048))\r\n")
        #expect(try chunked.readResponse().status == 413)
        #expect(server.stillServes())
    }

    @Test func answers408WhenTheHeaderBlockIsTooSlow() throws {
        let server = try TestServer { $0.headerReadTimeout = 0.3 }
        defer { server.stop() }
        let client = try server.client()
        let started = Elapsed()
        for byte in "GET /hello HTTP/1.1\r\nHost: a\r\n".utf8 {
            client.send([byte])
            usleep(20_000)
            if started.seconds > 1 { break }
        }
        #expect(try client.readResponse().status == 408)
        #expect(client.isClosedByServer())
        #expect(started.seconds < 3)
        #expect(server.stillServes())
    }

    @Test func answers408WhenTheBodyIsTooSlow() throws {
        let server = try TestServer { $0.bodyReadTimeout = 0.3 }
        defer { server.stop() }
        let client = try server.client()
        client.send("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc")
        #expect(try client.readResponse().status == 408)
        #expect(client.isClosedByServer())
        #expect(server.stillServes())
    }

    @Test func closesIdleKeepAliveConnections() throws {
        let server = try TestServer { $0.idleTimeout = 0.3 }
        defer { server.stop() }
        let client = try server.client()
        client.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try client.readResponse().status == 200)
        let started = Elapsed()
        #expect(client.readAll().isEmpty)
        #expect(started.seconds > 0.2 && started.seconds < 3)
    }

    @Test func answers503BeyondMaxConnectionsWhenNoneIsIdle() throws {
        let server = try TestServer { $0.maxConnections = 2 }
        defer { server.stop() }
        let first = try server.client()
        let second = try server.client()
        for client in [first, second] {
            client.send("GET /hello HTTP/1.1\r\nHost: a\r\n")
        }
        usleep(100_000)
        let third = try server.client()
        let refused = try third.readResponse()
        #expect(refused.status == 503)
        #expect(refused["Connection"] == "close")
        #expect(third.isClosedByServer())
        second.send("\r\n")
        #expect(try second.readResponse().status == 200)
        first.send("Connection: close\r\n\r\n")
        #expect(try first.readResponse().status == 200)
        #expect(first.isClosedByServer())
        var served = false
        for _ in 0..<20 where !served {
            served = server.stillServes()
            if !served { usleep(50_000) }
        }
        #expect(served)
    }
}
