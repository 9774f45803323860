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
