import Testing

@testable import HTTP

@Suite("RequestParser")
struct RequestParserTests {
    static let simple = "GET /a/b?x=1 HTTP/1.1\r\nHost: example\r\nAccept: */*\r\n\r\n"
    static let post = "POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\nhello world"
    static let chunked =
        "POST /up HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: yes\r\n\r\n"

    @Test func parsesASimpleRequest() throws {
        let requests = try Parse.all([Array(Self.simple.utf8)])
        #expect(requests.count == 1)
        let head = try #require(requests.first?.head)
        #expect(head.method == .get)
        #expect(head.target == "/a/b?x=1")
        #expect(head.version == .http1_1)
        #expect(head.headers["host"] == "example")
        #expect(head.keepAlive)
        #expect(head.framing == .none)
    }

    @Test(arguments: [simple, post, chunked])
    func parsesTheSameWhenSplitAtEveryByteBoundary(_ text: String) throws {
        let bytes = Array(text.utf8)
        let whole = try Parse.all([bytes])
        for split in 1..<bytes.count {
            let parts = try Parse.all([Array(bytes[..<split]), Array(bytes[split...])])
            #expect(parts.count == 1)
            #expect(parts.first?.head.target == whole.first?.head.target)
            #expect(parts.first?.body == whole.first?.body)
        }
        let byteByByte = try Parse.all(bytes.map { [$0] })
        #expect(byteByByte.first?.body == whole.first?.body)
    }

    @Test func decodesAChunkedBodyIgnoringExtensionsAndTrailers() throws {
        let request = try #require(try Parse.all([Array(Self.chunked.utf8)]).first)
        #expect(String(decoding: request.body, as: UTF8.self) == "hello world")
        #expect(request.head.framing == .chunked)
    }

    @Test func parsesPipelinedRequestsInOrder() throws {
        let text = Self.simple + Self.post + Self.chunked + Self.simple
        let requests = try Parse.all([Array(text.utf8)])
        #expect(requests.map(\.head.target) == ["/a/b?x=1", "/echo", "/up", "/a/b?x=1"])
    }

    @Test func givesEachRequestItsOwnHeaderBudgetAfterTrailers() throws {
        var limits = ParserLimits()
        limits.maxHeaderBytes = 60
        let trailer = "X-T: " + String(repeating: "t", count: 40)
        let first =
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\(trailer)\r\n\r\n"
        let second = "GET / HTTP/1.1\r\nHost: a\r\nX-H: " + String(repeating: "h", count: 30) + "\r\n\r\n"
        let requests = try Parse.all([Array((first + second).utf8)], limits: limits)
        #expect(requests.count == 2)
    }

    @Test func skipsLeadingEmptyLines() throws {
        let requests = try Parse.all([Array(("\r\n\r\n" + Self.simple).utf8)])
        #expect(requests.count == 1)
    }

    @Test func acceptsBareLineFeedsAsLineEnds() throws {
        let requests = try Parse.all([Array("GET / HTTP/1.1\nHost: a\n\n".utf8)])
        #expect(requests.count == 1)
    }

    @Test func followsConnectionSemanticsPerVersion() throws {
        let close = try Parse.head("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
        #expect(!close.keepAlive)
        let old = try Parse.head("GET / HTTP/1.0\r\n\r\n")
        #expect(!old.keepAlive)
        let oldKeepAlive = try Parse.head("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n")
        #expect(oldKeepAlive.keepAlive)
    }

    @Test func reportsTheHeadBeforeTheBodyForExpectContinue() throws {
        var parser = RequestParser(limits: ParserLimits())
        parser.feed(Array("PUT /x HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n".utf8))
        guard case .head(let head)? = try parser.next() else {
            Issue.record("expected a head event")
            return
        }
        #expect(head.expectsContinue)
        #expect(try parser.next() == nil)
        #expect(parser.progress == .body)
        parser.feed(Array("abc".utf8))
        guard case .request(_, let body)? = try parser.next() else {
            Issue.record("expected a request")
            return
        }
        #expect(body == Array("abc".utf8))
        #expect(parser.progress == .idle)
    }

    @Test(arguments: ParserRejection.cases)
    func rejectsMalformedRequests(_ rejection: ParserRejection) {
        #expect(throws: rejection.error) {
            _ = try Parse.all([Array(rejection.text.utf8)], limits: rejection.limits)
        }
    }

    @Test func mapsErrorsToStatuses() {
        #expect(HTTPError.unsupportedVersion.status.code == 505)
        #expect(HTTPError.requestLineTooLong.status.code == 414)
        #expect(HTTPError.tooManyHeaders.status.code == 431)
        #expect(HTTPError.bodyTooLarge.status.code == 413)
        #expect(HTTPError.unsupportedTransferEncoding.status.code == 501)
        #expect(HTTPError.lengthRequired.status.code == 411)
        #expect(HTTPError.headerTimeout.status.code == 408)
        #expect(HTTPError.conflictingFraming.status.code == 400)
    }
}
