import HTTP

/// Every route of the app with its handler, in one list: the router is built from it, a
/// `next` address after sign-in is accepted only if it matches it, and the access tests walk
/// it so that no page can be forgotten. Handlers are registered by a `Route` case and receive
/// that case's typed ids.
struct RouteTable: Sendable {
    /// A request matched to a route, with the handler bound to its typed ids.
    struct Bound: Sendable {
        let route: Route
        let run: @Sendable (RequestContext) throws -> HTTPResponse
    }

    /// One route: method, pattern, an example of it (for tests), and how to bind a request's
    /// path parameters to its handler (nil when a parameter does not parse).
    struct Entry: Sendable {
        let method: HTTPMethod
        let example: Route
        let bind: @Sendable ([String: String]) -> Bound?

        var pattern: String { example.pattern }
        var access: Access { example.access }
    }

    private(set) var entries: [Entry] = []

    mutating func get(_ route: Route, _ handler: @escaping @Sendable (RequestContext) throws -> HTTPResponse) {
        add(.get, route) { _ in Bound(route: route, run: handler) }
    }

    mutating func post(_ route: Route, _ handler: @escaping @Sendable (RequestContext) throws -> HTTPResponse) {
        add(.post, route) { _ in Bound(route: route, run: handler) }
    }

    mutating func get<A: RouteParameter>(
        _ make: @escaping @Sendable (A) -> Route, _ handler: @escaping @Sendable (RequestContext, A) throws -> HTTPResponse
    ) {
        add(.get, make(A.example), Self.binder(make, handler))
    }

    mutating func post<A: RouteParameter>(
        _ make: @escaping @Sendable (A) -> Route, _ handler: @escaping @Sendable (RequestContext, A) throws -> HTTPResponse
    ) {
        add(.post, make(A.example), Self.binder(make, handler))
    }

    mutating func get<A: RouteParameter, B: RouteParameter>(
        _ make: @escaping @Sendable (A, B) -> Route,
        _ handler: @escaping @Sendable (RequestContext, A, B) throws -> HTTPResponse
    ) {
        add(.get, make(A.example, B.example), Self.binder(make, handler))
    }

    mutating func post<A: RouteParameter, B: RouteParameter>(
        _ make: @escaping @Sendable (A, B) -> Route,
        _ handler: @escaping @Sendable (RequestContext, A, B) throws -> HTTPResponse
    ) {
        add(.post, make(A.example, B.example), Self.binder(make, handler))
    }

    /// The GET route a local path names, if any: how a `next` address is checked.
    func route(forPath path: String) -> Route? {
        let parts = RoutePattern.split(path)
        for entry in entries where entry.method == .get {
            if let parameters = RoutePattern(entry.pattern).match(parts), let bound = entry.bind(parameters) {
                return bound.route
            }
        }
        return nil
    }

    private mutating func add(_ method: HTTPMethod, _ example: Route, _ bind: @escaping @Sendable ([String: String]) -> Bound?) {
        precondition(!entries.contains { $0.method == method && $0.pattern == example.pattern }, "\(example.pattern) registered twice")
        entries.append(Entry(method: method, example: example, bind: bind))
    }

    private static func binder<A: RouteParameter>(
        _ make: @escaping @Sendable (A) -> Route, _ handler: @escaping @Sendable (RequestContext, A) throws -> HTTPResponse
    ) -> @Sendable ([String: String]) -> Bound? {
        { parameters in
            guard let a = parameters[A.parameterName].flatMap({ A(pathSegment: Substring($0)) }) else { return nil }
            return Bound(route: make(a)) { try handler($0, a) }
        }
    }

    private static func binder<A: RouteParameter, B: RouteParameter>(
        _ make: @escaping @Sendable (A, B) -> Route,
        _ handler: @escaping @Sendable (RequestContext, A, B) throws -> HTTPResponse
    ) -> @Sendable ([String: String]) -> Bound? {
        { parameters in
            guard let a = parameters[A.parameterName].flatMap({ A(pathSegment: Substring($0)) }),
                  let b = parameters[B.parameterName].flatMap({ B(pathSegment: Substring($0)) })
            else { return nil }
            return Bound(route: make(a, b)) { try handler($0, a, b) }
        }
    }
}
