/// The request line and header fields of one request, validated, before its body.
struct RequestHead: Sendable {
    /// How the body is delimited (RFC 9112 §6.3).
    enum Framing: Equatable, Sendable {
        /// No body.
        case none
        /// Exactly this many bytes (> 0).
        case length(Int)
        /// Chunked transfer coding.
        case chunked
    }

    var method: HTTPMethod
    var target: String
    var version: HTTPVersion
    var headers: HTTPHeaders
    var framing: Framing
    /// Whether the connection may stay open after this request (RFC 9112 §9.3).
    var keepAlive: Bool
    /// Whether the client waits for 100 Continue before sending the body.
    var expectsContinue: Bool
}
