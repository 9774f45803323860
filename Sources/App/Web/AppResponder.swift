import HTTP

/// The app as the server sees it: files under `/static/` answered on the event loop from
/// memory; everything else routed on a worker through `RouteGate`, with the friendly 404 page
/// for paths no route knows, and a 400 page before any handler for control characters in
/// form fields or the query (`ControlCharacterGuard`), except in the form values of a route
/// that reports them beside its fields.
struct AppResponder: HTTPResponder {
    private let router: Router
    private let staticFiles: StaticFiles
    /// The 400 page for a request `ControlCharacterGuard` refuses.
    private let refuseControlCharacters: @Sendable (HTTPRequest) -> HTTPResponse
    /// Proxies whose `X-Forwarded-Proto: https` makes every cookie `Secure` (`ForwardedHTTPS`).
    private let trustedProxies: Set<String>

    init(routeTable: RouteTable, gate: RouteGate, staticFiles: StaticFiles, trustedProxies: Set<String> = []) {
        self.trustedProxies = trustedProxies
        router = Router(notFound: gate.refusing(.notFound))
        refuseControlCharacters = gate.refusing(.badRequest(ControlCharacterGuard.message))
        for entry in routeTable.entries {
            let handler = gate.wrap(entry)
            let refuse = refuseControlCharacters
            router.add(entry.method, entry.pattern) { request in
                ControlCharacterGuard.refusesValues(request, on: entry.example) ? refuse(request) : handler(request)
            }
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
        var response = ControlCharacterGuard.refusesBeforeRouting(request) ? refuseControlCharacters(request) : router.respond(to: request)
        SecurityHeaders.apply(to: &response, isPage: true)
        ForwardedHTTPS.secureCookies(in: &response, for: request, trustedProxies: trustedProxies)
        return response
    }
}
