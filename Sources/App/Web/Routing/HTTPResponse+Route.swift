import HTTP

extension HTTPResponse {
    /// A 303 redirect to one of our routes, optionally with a notice to show once and a fragment.
    static func redirect(to route: Route, notice: Notice? = nil, fragment: String? = nil) -> HTTPResponse {
        .redirect(to: route.path(notice: notice, fragment: fragment))
    }
}
