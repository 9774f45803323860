import Glibc
import HTTP
import Testing

/// A raw request the live server must refuse with `status`, closing the connection.
struct BadRequest: Sendable, CustomTestStringConvertible {
    let name: String
    let raw: String
    let status: Int
    var testDescription: String { name }

    static let cases: [BadRequest] = [
        .init(
            name: "CL and TE",
            raw:
                "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
            status: 400),
        .init(
            name: "duplicate CL",
            raw: "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc", status: 400),
        .init(
            name: "differing CL",
            raw: "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 2\r\n\r\nabc", status: 400),
        .init(name: "invalid CL", raw: "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n", status: 400),
        .init(name: "bare CR", raw: "GET /hello HTTP/1.1\r\nHost: a\rX: b\r\n\r\n", status: 400),
        .init(name: "bad method token", raw: "GE@T /hello HTTP/1.1\r\nHost: a\r\n\r\n", status: 400),
        .init(name: "bad header name", raw: "GET /hello HTTP/1.1\r\nHost: a\r\nX(y): b\r\n\r\n", status: 400),
        .init(name: "space before colon", raw: "GET /hello HTTP/1.1\r\nHost : a\r\n\r\n", status: 400),
        .init(name: "obs-fold", raw: "GET /hello HTTP/1.1\r\nHost: a\r\nX: b\r\n c\r\n\r\n", status: 400),
        .init(name: "missing Host", raw: "GET /hello HTTP/1.1\r\n\r\n", status: 400),
        .init(name: "bad percent escape", raw: "GET /he%zzllo HTTP/1.1\r\nHost: a\r\n\r\n", status: 400),
        .init(
            name: "gzip coding", raw: "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n", status: 501),
        .init(name: "HTTP/2.0", raw: "GET /hello HTTP/2.0\r\nHost: a\r\n\r\n", status: 505),
        .init(name: "HTTP/3.0", raw: "GET /hello HTTP/3.0\r\nHost: a\r\n\r\n", status: 505),
        .init(
            name: "unknown expectation",
            raw: "POST /echo HTTP/1.1\r\nHost: a\r\nExpect: magic\r\nContent-Length: 1\r\n\r\nx", status: 417),
    ]
}

@Suite("Server protocol (live sockets)")
struct ServerProtocolTests {
    @Test(arguments: BadRequest.cases)
    func refusesMalformedRequestsAndCloses(_ bad: BadRequest) throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send(bad.raw)
        let response = try client.readResponse()
        #expect(response.status == bad.status)
        #expect(response["Connection"] == "close")
        #expect(client.isClosedByServer())
        #expect(server.stillServes())
    }

    @Test func refusesChunkedBodiesWith411WhenSwitchedOff() throws {
        let server = try TestServer { $0.allowsChunkedRequestBodies = false }
        defer { server.stop() }
        let client = try server.client()
        client.send("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n")
        #expect(try client.readResponse().status == 411)
        #expect(client.isClosedByServer())
        #expect(server.stillServes())
    }

    @Test func answersPipelinedRequestsInOrder() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send(
            "GET /sleep-300 HTTP/1.1\r\nHost: a\r\n\r\nGET /inline HTTP/1.1\r\nHost: a\r\n\r\n"
                + "GET /people/7 HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try client.readResponse().text == "done")
        #expect(try client.readResponse().text == "inline")
        #expect(try client.readResponse().text == "person 7")
    }

    @Test func reusesAKeepAliveConnection() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        for id in 1...3 {
            client.send("GET /people/\(id) HTTP/1.1\r\nHost: a\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.text == "person \(id)")
            #expect(response["Connection"] == nil)
            #expect(response["Date"]?.hasSuffix(" GMT") == true)
        }
    }

    @Test func honoursConnectionClose() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send("GET /hello HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
        let response = try client.readResponse()
        #expect(response["Connection"] == "close")
        #expect(client.isClosedByServer())
    }

    @Test func closesHTTP10UnlessKeepAliveIsAsked() throws {
        let server = try TestServer()
        defer { server.stop() }
        let plain = try server.client()
        plain.send("GET /hello HTTP/1.0\r\n\r\n")
        #expect(try plain.readResponse().text == "hello")
        #expect(plain.isClosedByServer())
        let kept = try server.client()
        kept.send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        let first = try kept.readResponse()
        #expect(first["Connection"] == "keep-alive")
        kept.send("GET /inline HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try kept.readResponse().text == "inline")
    }

    @Test func answersHeadWithHeadersButNoBody() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send("HEAD /hello HTTP/1.1\r\nHost: a\r\n\r\n")
        let head = try client.readResponse(head: true)
        #expect(head.status == 200)
        #expect(head["Content-Length"] == "5")
        client.send("GET /inline HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try client.readResponse().text == "inline")
    }

    @Test func sendsContinueBeforeReadingTheBody() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send("POST /echo HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        #expect(try client.readResponse().status == 100)
        client.send("abcde")
        #expect(try client.readResponse().text == "abcde")
    }

    @Test func refusesAnOversizedExpectContinueWithoutReadingTheBody() throws {
        let server = try TestServer { $0.maxBodyBytes = 100 }
        defer { server.stop() }
        let client = try server.client()
        client.send("POST /echo HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 1000\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 413)
        #expect(client.isClosedByServer())
    }

    @Test func decodesAChunkedRequestBody() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send("POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n")
        client.send("4;ext=1\r\nWiki\r\n5\r\npedia\r\n0\r\nX-Checksum: 1\r\n\r\n")
        #expect(try client.readResponse().text == "Wikipedia")
    }

    @Test func survivesAClientThatDisconnectsMidBody() throws {
        let server = try TestServer()
        defer { server.stop() }
        do {
            let client = try server.client()
            client.send("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 100000\r\n\r\npartial")
        }
        do {
            let client = try server.client()
            client.send("GET /big-stream HTTP/1.1\r\nHost: a\r\n\r\n")
            var scratch = [UInt8](repeating: 0, count: 1000)
            _ = recv(client.fd, &scratch, scratch.count, 0)
        }
        usleep(100_000)
        #expect(server.stillServes())
    }

    @Test func acceptsAbsoluteFormTargets() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send("GET http://test/people/5?x=1 HTTP/1.1\r\nHost: test\r\n\r\n")
        #expect(try client.readResponse().text == "person 5")
    }

    @Test func routesWith404And405() throws {
        let server = try TestServer()
        defer { server.stop() }
        #expect(try server.get("/missing").status == 404)
        let client = try server.client()
        client.send("PUT /people/3 HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 405)
        #expect(response["Allow"] == "GET, DELETE, HEAD")
        client.send("DELETE /people/3 HTTP/1.1\r\nHost: a\r\n\r\n")
        let deleted = try client.readResponse()
        #expect(deleted.status == 204)
        #expect(deleted["Content-Length"] == nil)
    }
}
