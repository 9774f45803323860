/// Limits the parser enforces; each maps to its own status.
struct ParserLimits: Sendable {
    var maxRequestLineBytes = 8 * 1024
    var maxHeaderBytes = 32 * 1024
    var maxHeaderCount = 100
    var maxBodyBytes = 10 * 1024 * 1024
    var allowsChunkedBodies = true
}

/// What the parser produced.
enum ParserEvent: Sendable {
    /// A head whose body is still to come (so the caller can send 100 Continue and arm a timer).
    case head(RequestHead)
    /// A complete request.
    case request(RequestHead, body: [UInt8])
}
