import HTTP

/// The app as the server sees it: files under `/static/` answered on the event loop from
/// memory; everything else routed on a worker through `RouteGate`, with the friendly 404 page
/// for paths no route knows.
struct AppResponder: HTTPResponder {
    private let router: Router
    private let staticFiles: StaticFiles

    init(routeTable: RouteTable, gate: RouteGate, staticFiles: StaticFiles) {
        router = Router(notFound: gate.notFound())
        for entry in routeTable.entries {
            router.add(entry.method, entry.pattern, handler: gate.wrap(entry))
        }
        self.staticFiles = staticFiles
    }

    func respondOnEventLoop(to request: HTTPRequest) -> HTTPResponse? {
        guard request.path.hasPrefix(staticFiles.urlPrefix + "/") else { return nil }
        var response = staticFiles.respond(to: request)
        SecurityHeaders.apply(to: &response, isPage: false)
        return response
    }

    func respond(to request: HTTPRequest) -> HTTPResponse {
        if let response = respondOnEventLoop(to: request) {
            return response
        }
        var response = router.respond(to: request)
        SecurityHeaders.apply(to: &response, isPage: true)
        return response
    }
}
