import Domain
import HTTP

/// Cookies marked `Secure` when the visitor reached us over HTTPS through our own TLS proxy.
///
/// Why: behind nginx the app speaks plain HTTP on loopback, so only the proxy knows the browser
/// used HTTPS; it says so in `X-Forwarded-Proto` (`.ci/deploy/nginx/trusted-person.conf`). A
/// session cookie without `Secure` would be sent again over plain HTTP if anyone ever reached the
/// site that way (OWASP ASVS 3.4.1). The header is believed only from a configured proxy
/// (`TP_TRUSTED_PROXIES` / `TP_TRUST_PROXY`), like `X-Forwarded-For` in `ClientAddress`: anyone
/// else could send it. `TP_SECURE_COOKIES=true` marks every cookie whatever the request says.
enum ForwardedHTTPS {
    /// Whether `request` came through a trusted proxy that received it over HTTPS.
    static func isHTTPS(_ request: HTTPRequest, trustedProxies: Set<String>) -> Bool {
        guard !trustedProxies.isEmpty, let proto = request.headers["X-Forwarded-Proto"] else { return false }
        let peer = ClientAddress.resolve(peer: request.remoteAddress, forwardedFor: nil, trustedProxies: trustedProxies)
        guard trustedProxies.contains(peer) else { return false }
        let nearest = proto.split(separator: ",").last.map { String($0).trimmingWhitespace().lowercased() }
        return nearest == "https"
    }

    /// Adds `Secure` to every `Set-Cookie` of `response` that lacks it, when `request` came over
    /// HTTPS through a trusted proxy.
    static func secureCookies(in response: inout HTTPResponse, for request: HTTPRequest, trustedProxies: Set<String>) {
        guard response.headers.contains("Set-Cookie"), isHTTPS(request, trustedProxies: trustedProxies) else { return }
        let cookies = response.headers.values(for: "Set-Cookie")
        response.headers.remove("Set-Cookie")
        for cookie in cookies {
            let attributes = cookie.split(separator: ";").dropFirst().map { String($0).trimmingWhitespace().lowercased() }
            response.headers.add("Set-Cookie", attributes.contains("secure") ? cookie : cookie + "; Secure")
        }
    }
}
