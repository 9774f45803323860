import HTTP

/// Headers on every response: a strict Content-Security-Policy with no inline script,
/// no framing, no sniffing, no referrer, and no caching of pages that may hold personal data.
enum SecurityHeaders {
    static let contentSecurityPolicy = [
        "default-src 'none'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
        "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'",
    ].joined(separator: "; ")

    static func apply(to response: inout HTTPResponse, isPage: Bool) {
        response.headers.set("Content-Security-Policy", contentSecurityPolicy)
        response.headers.set("X-Content-Type-Options", "nosniff")
        response.headers.set("Referrer-Policy", "no-referrer")
        response.headers.set("X-Frame-Options", "DENY")
        response.headers.set("Cross-Origin-Opener-Policy", "same-origin")
        response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        if isPage {
            response.headers.set("Cache-Control", "no-store")
        }
    }
}
