/// A Set-Cookie header value with its attributes (RFC 6265 §4.1).
public struct SetCookie: Sendable, Hashable {
    /// The SameSite attribute.
    public enum SameSite: String, Sendable, Hashable {
        /// Sent on top-level navigations from other sites.
        case lax = "Lax"
        /// Never sent cross-site.
        case strict = "Strict"
        /// Always sent (requires Secure).
        case none = "None"
    }

    /// The cookie name (a token).
    public var name: String
    /// The cookie value (sent as given; keep it to cookie-octets, e.g. base64url).
    public var value: String
    /// The Path attribute.
    public var path: String?
    /// The Domain attribute.
    public var domain: String?
    /// The Max-Age attribute in seconds (0 deletes).
    public var maxAge: Int?
    /// The Expires attribute as an IMF-fixdate.
    public var expires: String?
    /// The HttpOnly attribute.
    public var httpOnly: Bool
    /// The Secure attribute.
    public var secure: Bool
    /// The SameSite attribute.
    public var sameSite: SameSite?

    /// Creates a cookie; defaults suit a session cookie (Path=/, HttpOnly, SameSite=Lax).
    public init(
        name: String, value: String, path: String? = "/", domain: String? = nil,
        maxAge: Int? = nil, expires: String? = nil, httpOnly: Bool = true, secure: Bool = false,
        sameSite: SameSite? = .lax
    ) {
        self.name = name
        self.value = value
        self.path = path
        self.domain = domain
        self.maxAge = maxAge
        self.expires = expires
        self.httpOnly = httpOnly
        self.secure = secure
        self.sameSite = sameSite
    }

    /// A cookie that makes the browser delete `name` (empty value, Max-Age=0, Expires in 1970).
    public static func expired(
        name: String, path: String? = "/", secure: Bool = false
    ) -> SetCookie {
        SetCookie(
            name: name, value: "", path: path, maxAge: 0,
            expires: "Thu, 01 Jan 1970 00:00:00 GMT", secure: secure)
    }

    /// The header value, e.g. `sid=abc; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax`.
    public var headerValue: String {
        var text = "\(name)=\(value)"
        if let path { text += "; Path=\(path)" }
        if let domain { text += "; Domain=\(domain)" }
        if let maxAge { text += "; Max-Age=\(maxAge)" }
        if let expires { text += "; Expires=\(expires)" }
        if httpOnly { text += "; HttpOnly" }
        if secure { text += "; Secure" }
        if let sameSite { text += "; SameSite=\(sameSite.rawValue)" }
        return text
    }
}
