import HTTP

/// Every route of the app with the access it needs, in one list: the router is built from
/// it, and the access tests walk it so that no page can be forgotten.
struct RouteTable: Sendable {
    /// One route: method, path pattern (`:name` segments), who may reach it, and its handler.
    struct Entry: Sendable {
        let method: HTTPMethod
        let pattern: String
        let access: Access
        let handler: @Sendable (RequestContext) throws -> HTTPResponse
    }

    private(set) var entries: [Entry] = []

    mutating func get(_ pattern: String, _ access: Access, _ handler: @escaping @Sendable (RequestContext) throws -> HTTPResponse) {
        entries.append(Entry(method: .get, pattern: pattern, access: access, handler: handler))
    }

    mutating func post(_ pattern: String, _ access: Access, _ handler: @escaping @Sendable (RequestContext) throws -> HTTPResponse) {
        entries.append(Entry(method: .post, pattern: pattern, access: access, handler: handler))
    }
}
