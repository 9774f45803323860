import Testing

@testable import HTTP

/// Runs the parser over chunks of bytes, as a socket would deliver them.
enum Parse {
    struct Parsed {
        var head: RequestHead
        var body: [UInt8]
    }

    static func all(_ chunks: [[UInt8]], limits: ParserLimits = ParserLimits()) throws -> [Parsed] {
        var parser = RequestParser(limits: limits)
        var requests: [Parsed] = []
        for chunk in chunks {
            parser.feed(chunk)
            while let event = try parser.next() {
                if case .request(let head, let body) = event {
                    requests.append(Parsed(head: head, body: body))
                }
            }
        }
        return requests
    }

    static func head(_ text: String) throws -> RequestHead {
        guard let first = try all([Array(text.utf8)]).first else { throw HTTPError.invalidState }
        return first.head
    }
}

/// One malformed or over-limit request and the error it must raise.
struct ParserRejection: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let error: HTTPError
    var limits = ParserLimits()

    var testDescription: String { name }

    static let small = ParserLimits(
        maxRequestLineBytes: 64, maxHeaderBytes: 128, maxHeaderCount: 3, maxBodyBytes: 16,
        allowsChunkedBodies: true)

    static let cases: [ParserRejection] = [
        .init(
            name: "content-length with transfer-encoding",
            text: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
            error: .conflictingFraming),
        .init(
            name: "duplicate content-length",
            text: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc",
            error: .invalidContentLength),
        .init(
            name: "differing content-length",
            text: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
            error: .invalidContentLength),
        .init(
            name: "content-length list", text: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 3\r\n\r\n",
            error: .invalidContentLength),
        .init(
            name: "signed content-length", text: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +3\r\n\r\n",
            error: .invalidContentLength),
        .init(
            name: "hex content-length", text: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0x3\r\n\r\n",
            error: .invalidContentLength),
        .init(
            name: "bare CR in a header", text: "GET / HTTP/1.1\r\nHost: a\rX: y\r\n\r\n",
            error: .bareCarriageReturn),
        .init(
            name: "bare CR in the request line", text: "GET /\r HTTP/1.1\r\nHost: a\r\n\r\n",
            error: .bareCarriageReturn),
        .init(name: "invalid method character", text: "G(T / HTTP/1.1\r\nHost: a\r\n\r\n", error: .invalidMethod),
        .init(
            name: "space in header name", text: "GET / HTTP/1.1\r\nHost: a\r\nBad Name: x\r\n\r\n",
            error: .invalidHeaderName),
        .init(
            name: "quote in header name", text: "GET / HTTP/1.1\r\nHost: a\r\nBa\"d: x\r\n\r\n",
            error: .invalidHeaderName),
        .init(
            name: "whitespace before colon", text: "GET / HTTP/1.1\r\nHost : a\r\n\r\n",
            error: .whitespaceBeforeColon),
        .init(
            name: "obs-fold", text: "GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\n  2\r\n\r\n",
            error: .obsoleteLineFolding),
        .init(
            name: "NUL in header value", text: "GET / HTTP/1.1\r\nHost: a\u{0}b\r\n\r\n",
            error: .invalidHeaderValue),
        .init(name: "missing host", text: "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", error: .missingHost),
        .init(name: "two hosts", text: "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", error: .missingHost),
        .init(name: "HTTP/2.0", text: "GET / HTTP/2.0\r\nHost: a\r\n\r\n", error: .unsupportedVersion),
        .init(name: "HTTP/0.9", text: "GET / HTTP/0.9\r\n\r\n", error: .unsupportedVersion),
        .init(name: "garbled version", text: "GET / HTTX/1.1\r\nHost: a\r\n\r\n", error: .malformedVersion),
        .init(name: "missing version", text: "GET /\r\nHost: a\r\n\r\n", error: .malformedRequestLine),
        .init(name: "double space", text: "GET  / HTTP/1.1\r\nHost: a\r\n\r\n", error: .invalidTarget),
        .init(
            name: "gzip transfer-encoding", text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n",
            error: .unsupportedTransferEncoding),
        .init(
            name: "gzip then chunked",
            text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
            error: .unsupportedTransferEncoding),
        .init(
            name: "chunked not last",
            text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, gzip\r\n\r\n",
            error: .conflictingFraming),
        .init(
            name: "chunked twice",
            text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
            error: .conflictingFraming),
        .init(
            name: "transfer-encoding on HTTP/1.0",
            text: "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", error: .conflictingFraming),
        .init(
            name: "unknown expectation", text: "POST / HTTP/1.1\r\nHost: a\r\nExpect: magic\r\n\r\n",
            error: .expectationFailed),
        .init(
            name: "bad chunk size",
            text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", error: .invalidChunk),
        .init(
            name: "chunk without CRLF",
            text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n",
            error: .invalidChunk),
        .init(
            name: "request line too long", text: "GET /" + String(repeating: "a", count: 100) + " HTTP/1.1\r\n",
            error: .requestLineTooLong, limits: small),
        .init(
            name: "request line too long without LF", text: "GET /" + String(repeating: "a", count: 100),
            error: .requestLineTooLong, limits: small),
        .init(
            name: "header block too large",
            text: "GET / HTTP/1.1\r\nHost: a\r\nX: " + String(repeating: "b", count: 200) + "\r\n\r\n",
            error: .headersTooLarge, limits: small),
        .init(
            name: "too many headers", text: "GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n",
            error: .tooManyHeaders, limits: small),
        .init(
            name: "declared body too large", text: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 17\r\n\r\n",
            error: .bodyTooLarge, limits: small),
        .init(
            name: "chunked body too large",
            text:
                "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\n1\r\nx\r\n",
            error: .bodyTooLarge, limits: small),
        .init(
            name: "chunked when switched off",
            text: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n", error: .lengthRequired,
            limits: ParserLimits(allowsChunkedBodies: false)),
    ]
}
