/// One parsed request with its whole body, as handed to responders.
public struct HTTPRequest: Sendable {
    /// The request method.
    public var method: HTTPMethod
    /// The percent-decoded path, without the query.
    public var path: String
    /// The request-target exactly as received.
    public var rawTarget: String
    /// The raw query string without '?', or nil when there was none.
    public var query: String?
    /// The protocol version.
    public var version: HTTPVersion
    /// The header fields in order.
    public var headers: HTTPHeaders
    /// The whole (de-chunked) body.
    public var body: [UInt8]
    /// The peer's IP address without port, e.g. "127.0.0.1".
    public var remoteAddress: String
    /// Values of `:name` segments, filled in by ``Router``.
    public var pathParameters: [String: String] = [:]

    /// Creates a request, e.g. for calling a responder in-process in tests.
    public init(
        method: HTTPMethod = .get,
        path: String,
        query: String? = nil,
        version: HTTPVersion = .http1_1,
        headers: HTTPHeaders = HTTPHeaders(),
        body: [UInt8] = [],
        remoteAddress: String = "127.0.0.1",
        rawTarget: String? = nil
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.version = version
        self.headers = headers
        self.body = body
        self.remoteAddress = remoteAddress
        self.rawTarget = rawTarget ?? (query.map { "\(path)?\($0)" } ?? path)
    }

    /// The body as UTF-8 text (invalid sequences replaced).
    public var bodyText: String {
        String(decoding: body, as: UTF8.self)
    }
}
