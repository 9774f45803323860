import Synchronization

/// Routes requests by method and path pattern (`/people/:id`) to handlers.
///
/// Paths under the static files' prefix (if any) are theirs; otherwise no route for the path →
/// the `notFound` handler or a plain 404; the path matches but not the
/// method → 405 with Allow (RFC 9110 §15.5.6). HEAD is served by GET routes (the server drops
/// the body). Register every route before starting the server.
public final class Router: HTTPResponder {
    /// A request handler; runs on a worker unless registered with `onEventLoop: true`.
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    private struct Route: Sendable {
        let method: HTTPMethod
        let pattern: RoutePattern
        let onEventLoop: Bool
        let handler: Handler
    }

    private enum Match {
        case route(Route, [String: String])
        case wrongMethod(allowed: [HTTPMethod])
        case none
    }

    private let routes = Mutex<[Route]>([])
    private let staticFiles: StaticFiles?
    private let notFound: Handler?

    /// Creates a router, optionally serving `staticFiles` for paths no route matches, and
    /// answering what neither knows with `notFound` (on a worker) instead of a plain 404.
    public init(staticFiles: StaticFiles? = nil, notFound: Handler? = nil) {
        self.staticFiles = staticFiles
        self.notFound = notFound
    }

    /// Adds a route; `onEventLoop: true` only for cheap handlers that never block.
    public func add(
        _ method: HTTPMethod, _ pattern: String, onEventLoop: Bool = false,
        handler: @escaping Handler
    ) {
        let route = Route(
            method: method, pattern: RoutePattern(pattern), onEventLoop: onEventLoop,
            handler: handler)
        routes.withLock { $0.append(route) }
    }

    /// Adds a GET route (also answering HEAD).
    public func get(_ pattern: String, onEventLoop: Bool = false, handler: @escaping Handler) {
        add(.get, pattern, onEventLoop: onEventLoop, handler: handler)
    }

    /// Adds a POST route.
    public func post(_ pattern: String, handler: @escaping Handler) {
        add(.post, pattern, handler: handler)
    }

    /// Answers on a worker.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        if let response = staticFiles?.response(for: request) { return response }
        switch match(request) {
        case .route(let route, let parameters):
            var routed = request
            routed.pathParameters = parameters
            return route.handler(routed)
        case .wrongMethod(let allowed):
            return Self.methodNotAllowed(allowed)
        case .none:
            return notFound?(request) ?? .text("Not Found", status: .notFound)
        }
    }

    /// Answers on the loop: event-loop routes, static files, 404 and 405.
    public func respondOnEventLoop(to request: HTTPRequest) -> HTTPResponse? {
        if let response = staticFiles?.response(for: request) { return response }
        switch match(request) {
        case .route(let route, let parameters):
            guard route.onEventLoop else { return nil }
            var routed = request
            routed.pathParameters = parameters
            return route.handler(routed)
        case .wrongMethod(let allowed):
            return Self.methodNotAllowed(allowed)
        case .none:
            return notFound == nil ? .text("Not Found", status: .notFound) : nil
        }
    }

    private func match(_ request: HTTPRequest) -> Match {
        let parts = RoutePattern.split(request.path)
        var allowed: [HTTPMethod] = []
        var headFallback: (Route, [String: String])?
        let snapshot = routes.withLock { $0 }
        for route in snapshot {
            guard let parameters = route.pattern.match(parts) else { continue }
            if route.method == request.method { return .route(route, parameters) }
            if request.method == .head && route.method == .get && headFallback == nil {
                headFallback = (route, parameters)
            }
            allowed.append(route.method)
        }
        if let (route, parameters) = headFallback { return .route(route, parameters) }
        guard !allowed.isEmpty else { return .none }
        return .wrongMethod(allowed: allowed)
    }

    private static func methodNotAllowed(_ allowed: [HTTPMethod]) -> HTTPResponse {
        var methods: [String] = []
        for method in allowed where !methods.contains(method.rawValue) {
            methods.append(method.rawValue)
        }
        if methods.contains("GET") && !methods.contains("HEAD") { methods.append("HEAD") }
        var response = HTTPResponse.text("Method Not Allowed", status: .methodNotAllowed)
        response.headers.add("Allow", methods.joined(separator: ", "))
        return response
    }
}
