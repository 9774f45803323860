import HTTP

/// Headers on every response: a strict Content-Security-Policy with no inline script,
/// no framing, no sniffing, no referrer, and no caching of pages that may hold personal data.
///
/// The app adds them to what its responder answers (`apply`); the server adds the same set,
/// as `ServerConfiguration.defaultHeaders`, to the error answers it writes itself (a malformed
/// request's 400, 408, 413, 414, 431, 503), which never reach the app.
enum SecurityHeaders {
    static let contentSecurityPolicy = [
        "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
        "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'",
    ].joined(separator: "; ")

    /// The fields every response carries.
    static let always: HTTPHeaders = [
        "Content-Security-Policy": contentSecurityPolicy,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ]

    /// What the server puts on the responses it generates itself: `always`, and no caching.
    static var forServerResponses: HTTPHeaders {
        var headers = always
        headers.set("Cache-Control", "no-store")
        return headers
    }

    static func apply(to response: inout HTTPResponse, isPage: Bool) {
        for field in always {
            response.headers.set(field.name, field.value)
        }
        if isPage {
            response.headers.set("Cache-Control", "no-store")
        }
    }
}
