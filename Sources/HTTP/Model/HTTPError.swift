/// Every failure the HTTP module reports: malformed or over-limit requests (each knowing its
/// status; any of them closes the connection) and server-side socket or streaming failures.
public enum HTTPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The request line is not `method SP target SP version`.
    case malformedRequestLine
    /// The method has a character outside RFC 9110 `tchar`.
    case invalidMethod
    /// The request-target is empty, has a control character or is not origin/absolute form.
    case invalidTarget
    /// The version is not `HTTP/DIGIT.DIGIT`.
    case malformedVersion
    /// A well-formed version other than HTTP/1.x (505).
    case unsupportedVersion
    /// A CR not followed by LF (RFC 9112 §2.2).
    case bareCarriageReturn
    /// Too many empty lines before the request line.
    case tooManyLeadingEmptyLines
    /// A header name is empty or has a character outside `tchar`.
    case invalidHeaderName
    /// Whitespace between a header name and the colon (RFC 9112 §5.1).
    case whitespaceBeforeColon
    /// A header line starting with whitespace: obsolete line folding (RFC 9112 §5.2).
    case obsoleteLineFolding
    /// A header value with a control character.
    case invalidHeaderValue
    /// HTTP/1.1 without exactly one Host header (RFC 9112 §3.2).
    case missingHost
    /// A Host value that is not `uri-host [":" port]` (RFC 9112 §3.2, RFC 3986 §3.2.2).
    case invalidHost
    /// Content-Length repeated, differing, or not a plain decimal number (RFC 9112 §6.3).
    case invalidContentLength
    /// Both Content-Length and Transfer-Encoding, or Transfer-Encoding on HTTP/1.0 (RFC 9112 §6.1).
    case conflictingFraming
    /// A transfer coding other than `chunked` (501).
    case unsupportedTransferEncoding
    /// A chunked body when chunked request bodies are switched off (411).
    case lengthRequired
    /// A malformed chunk size, extension, terminator or trailer.
    case invalidChunk
    /// An Expect value other than 100-continue (417).
    case expectationFailed
    /// The request line exceeds its limit (414).
    case requestLineTooLong
    /// The header block exceeds its byte limit (431).
    case headersTooLarge
    /// More header fields than allowed (431).
    case tooManyHeaders
    /// The body exceeds its limit (413).
    case bodyTooLarge
    /// The header block did not arrive in time (408).
    case headerTimeout
    /// The body did not arrive in time (408).
    case bodyTimeout
    /// The path has an invalid percent escape or a NUL.
    case invalidPath
    /// The peer went away while a body was being streamed to it.
    case clientDisconnected
    /// A system call failed.
    case system(call: String, errno: Int32)
    /// `start()` was called twice or after shutdown.
    case invalidState

    /// The status answered for a request error (500 for server-side failures).
    public var status: HTTPStatus {
        switch self {
        case .unsupportedVersion: .httpVersionNotSupported
        case .unsupportedTransferEncoding: .notImplemented
        case .lengthRequired: .lengthRequired
        case .expectationFailed: .expectationFailed
        case .requestLineTooLong: .uriTooLong
        case .headersTooLarge, .tooManyHeaders: .requestHeaderFieldsTooLarge
        case .bodyTooLarge: .payloadTooLarge
        case .headerTimeout, .bodyTimeout: .requestTimeout
        case .clientDisconnected, .system, .invalidState: .internalServerError
        default: .badRequest
        }
    }

    /// A short explanation, safe to send to the client.
    public var description: String {
        switch self {
        case .malformedRequestLine: "malformed request line"
        case .invalidMethod: "invalid method"
        case .invalidTarget: "invalid request target"
        case .malformedVersion: "malformed HTTP version"
        case .unsupportedVersion: "unsupported HTTP version"
        case .bareCarriageReturn: "bare CR"
        case .tooManyLeadingEmptyLines: "too many empty lines before the request"
        case .invalidHeaderName: "invalid header name"
        case .whitespaceBeforeColon: "whitespace before a header colon"
        case .obsoleteLineFolding: "obsolete line folding"
        case .invalidHeaderValue: "invalid header value"
        case .missingHost: "missing or repeated Host"
        case .invalidHost: "invalid Host"
        case .invalidContentLength: "invalid Content-Length"
        case .conflictingFraming: "conflicting message framing"
        case .unsupportedTransferEncoding: "unsupported transfer coding"
        case .lengthRequired: "chunked bodies not accepted"
        case .invalidChunk: "malformed chunk"
        case .expectationFailed: "unsupported expectation"
        case .requestLineTooLong: "request line too long"
        case .headersTooLarge: "header block too large"
        case .tooManyHeaders: "too many header fields"
        case .bodyTooLarge: "body too large"
        case .headerTimeout: "header block timed out"
        case .bodyTimeout: "body timed out"
        case .invalidPath: "invalid path encoding"
        case .clientDisconnected: "client disconnected"
        case .system(let call, let code): "\(call) failed: errno \(code)"
        case .invalidState: "server not in a state for this call"
        }
    }
}
