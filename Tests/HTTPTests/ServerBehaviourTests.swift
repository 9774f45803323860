import Glibc
import Testing

@testable import HTTP

@Suite("Server behaviour (live sockets)")
struct ServerBehaviourTests {
    @Test func aSlowHandlerDoesNotBlockAnotherConnection() throws {
        let server = try TestServer()
        defer { server.stop() }
        let slow = try server.client()
        slow.send("GET /slow HTTP/1.1\r\nHost: a\r\n\r\n")
        usleep(50_000)
        let started = Elapsed()
        #expect(try server.get("/hello").text == "hello")
        #expect(started.seconds < 0.5)
        #expect(try slow.readResponse().text == "slow")
    }

    @Test func streamsAChunkedBody() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send("GET /stream HTTP/1.1\r\nHost: a\r\n\r\n")
        let response = try client.readResponse()
        #expect(response["Transfer-Encoding"] == "chunked")
        #expect(response["Content-Length"] == nil)
        #expect(response.text == (0..<100).map { "line \($0)\n" }.joined())
        client.send("GET /inline HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try client.readResponse().text == "inline")
    }

    @Test func streamsToHTTP10ByClosing() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send("GET /stream HTTP/1.0\r\n\r\n")
        let raw = String(decoding: client.readAll(), as: UTF8.self)
        #expect(raw.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(raw.contains("Connection: close\r\n"))
        #expect(!raw.contains("chunked"))
        #expect(raw.hasSuffix("line 99\n"))
    }

    @Test func streamsALargeBodyWithBackPressure() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send("GET /big-stream HTTP/1.1\r\nHost: a\r\n\r\n")
        usleep(200_000)
        let response = try client.readResponse()
        #expect(response.body.count == 64 * 64 * 1024)
        #expect(response.body.allSatisfy { $0 == UInt8(ascii: "x") })
    }

    @Test func blocksAStreamProducerWhileTheClientDoesNotReadAndCancelsItOnDisconnect() throws {
        let probe = StreamProbe()
        let router = TestRoutes.router()
        router.get("/firehose") { _ in
            HTTPResponse(
                body: .stream { writer in
                    let block = [UInt8](repeating: 0x41, count: 64 * 1024)
                    do {
                        for _ in 0..<1024 {
                            try writer.write(block)
                            probe.add(block.count)
                        }
                    } catch {
                        probe.cancel()
                        throw error
                    }
                })
        }
        let server = try TestServer(responder: router)
        defer { server.stop() }
        do {
            let client = try server.client()
            client.send("GET /firehose HTTP/1.1\r\nHost: a\r\n\r\n")
            usleep(400_000)
            #expect(probe.written < 24 << 20, "producer ran ahead by \(probe.written) bytes")
        }
        let started = Elapsed()
        while !probe.cancelled && started.seconds < 3 { usleep(10_000) }
        #expect(probe.cancelled)
        #expect(server.stillServes())
    }

    @Test func headOfAStreamSendsNoBody() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.send("HEAD /stream HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try client.readResponse(head: true).status == 200)
        client.send("GET /inline HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try client.readResponse().text == "inline")
    }

    @Test func decodesFormsQueriesAndCookies() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        let body = "name=Ann+O%27Neil&tag=a&tag=b%20c"
        client.send(
            "POST /form HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
        #expect(try client.readResponse().text == "name=Ann O'Neil tags=a,b c")
        client.send("GET /query?q=caf%C3%A9+au+lait HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try client.readResponse().text == "q=café au lait")
        client.send("GET /cookies HTTP/1.1\r\nHost: a\r\nCookie: b=2; a=1\r\n\r\n")
        let cookies = try client.readResponse()
        #expect(cookies.text == "a=1;b=2")
        #expect(cookies["Set-Cookie"] == "seen=1; Path=/; Max-Age=60; HttpOnly; SameSite=Lax")
    }

    @Test func servesStaticFilesSafelyOverTheWire() throws {
        let site = TempSite()
        let server = try TestServer(responder: TestRoutes.router(staticRoot: site.root))
        defer { server.stop() }
        let response = try server.get("/static/app.3f9a1c2b.css")
        #expect(response.text == "body{color:blue}")
        #expect(response["Cache-Control"] == "public, max-age=31536000, immutable")
        let etag = try #require(response["ETag"])
        let revalidated = try server.get("/static/app.3f9a1c2b.css", headers: "If-None-Match: \(etag)\r\n")
        #expect(revalidated.status == 304)
        #expect(revalidated.body.isEmpty)
        let modified = try #require(response["Last-Modified"])
        #expect(try server.get("/static/app.css", headers: "If-Modified-Since: \(modified)\r\n").status == 304)
        for target in [
            "/static/../secret.txt", "/static/%2e%2e/secret.txt", "/static/%2e%2e%2fsecret.txt",
            "/static/leak.txt", "/static/up/secret.txt", "/static/..%2F..%2Fetc%2Fpasswd",
        ] {
            let attempt = try server.get(target)
            #expect(attempt.status == 404, "\(target)")
            #expect(!attempt.text.contains("secret"))
        }
    }

    @Test func shutdownFinishesAnInFlightRequest() throws {
        let server = try TestServer()
        let busy = try server.client()
        let idle = try server.client()
        idle.send("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try idle.readResponse().status == 200)
        busy.send("GET /sleep-300 HTTP/1.1\r\nHost: a\r\n\r\n")
        usleep(50_000)
        let started = Elapsed()
        let finished = Flag()
        let stopper = server.server
        TestThread.detach {
            stopper.shutdown()
            finished.set()
        }
        let response = try busy.readResponse()
        #expect(response.text == "done")
        #expect(response["Connection"] == "close")
        #expect(busy.isClosedByServer())
        #expect(idle.isClosedByServer())
        while !finished.isSet && started.seconds < 5 { usleep(10_000) }
        #expect(finished.isSet)
        #expect(started.seconds < 3)
        #expect(throws: TestClientError.self) { _ = try TestClient(port: server.port) }
    }
}
