/// A response built by a responder: status, headers and body.
///
/// The server adds Date, Content-Length (or chunked framing) and Connection; a responder
/// sets only what is specific to it.
public struct HTTPResponse: Sendable {
    /// The status.
    public var status: HTTPStatus
    /// The header fields (no framing headers needed).
    public var headers: HTTPHeaders
    /// The body.
    public var body: ResponseBody

    /// Creates a response.
    public init(
        status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: ResponseBody = .empty
    ) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A `text/plain; charset=utf-8` response.
    public static func text(_ text: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(
            status: status, headers: ["Content-Type": "text/plain; charset=utf-8"],
            body: .bytes(Array(text.utf8)))
    }

    /// A `text/html; charset=utf-8` response.
    public static func html(_ html: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(
            status: status, headers: ["Content-Type": "text/html; charset=utf-8"],
            body: .bytes(Array(html.utf8)))
    }

    /// A response with raw bytes and a content type.
    public static func bytes(
        _ bytes: [UInt8], contentType: String, status: HTTPStatus = .ok
    ) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": contentType], body: .bytes(bytes))
    }

    /// A redirect to `location` (303 See Other by default: the browser follows with GET).
    public static func redirect(to location: String, status: HTTPStatus = .seeOther) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Location": location])
    }

    /// Appends a Set-Cookie header.
    public mutating func setCookie(_ cookie: SetCookie) {
        headers.add("Set-Cookie", cookie.headerValue)
    }
}

/// A response body: nothing, bytes in memory, or a stream produced off the event loop.
public enum ResponseBody: Sendable {
    /// No body (Content-Length: 0 where a body is allowed).
    case empty
    /// The whole body in memory.
    case bytes([UInt8])
    /// A body written piecewise by a closure running on a worker thread; the server frames it
    /// chunked (HTTP/1.1) or close-delimited (HTTP/1.0) and blocks `write` under back-pressure.
    case stream(@Sendable (BodyWriter) throws -> Void)

    /// The body's bytes: runs a stream to completion in memory (for in-process tests).
    public func collect() throws -> [UInt8] {
        switch self {
        case .empty: return []
        case .bytes(let bytes): return bytes
        case .stream(let produce):
            let sink = CollectingSink()
            try produce(BodyWriter(sink: sink))
            return sink.bytes
        }
    }
}
