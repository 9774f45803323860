/// Turns a request into a response. `respond` is plain synchronous code that may block (SQLite):
/// the server calls it on a bounded worker pool, never on an event loop.
///
/// A responder whose answer for some requests is cheap and never blocks (static files from
/// memory, 404s) returns it from `respondOnEventLoop`; the server tries that first, on the loop,
/// and falls back to `respond` on a worker when it answers nil.
public protocol HTTPResponder: Sendable {
    /// Answers a request; may block.
    func respond(to request: HTTPRequest) -> HTTPResponse

    /// Answers cheaply and without blocking, or nil to have `respond` run on a worker.
    func respondOnEventLoop(to request: HTTPRequest) -> HTTPResponse?
}

/// The default: no fast path.
extension HTTPResponder {
    /// By default every request goes to a worker.
    public func respondOnEventLoop(to request: HTTPRequest) -> HTTPResponse? { nil }
}

/// A responder made from a closure that runs on the worker pool.
public struct ClosureResponder: HTTPResponder {
    private let handler: @Sendable (HTTPRequest) -> HTTPResponse

    /// Wraps `handler`.
    public init(_ handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        self.handler = handler
    }

    /// Calls the closure.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        handler(request)
    }
}
