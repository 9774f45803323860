import Foundation

/// The browser's cookies for the current page's domain.
extension WebDriver {
    /// Every cookie visible to the current page.
    func cookies() async throws -> [WebDriverCookie] {
        try await command("GET", "cookie", as: [WebDriverCookie].self)
    }

    /// The cookie called `name`, or `nil` when the page cannot see one.
    func cookie(named name: String) async throws -> WebDriverCookie? {
        try await cookies().first { $0.name == name }
    }

    /// Deletes every cookie visible to the current page, e.g. to end a session.
    func deleteAllCookies() async throws {
        _ = try await command("DELETE", "cookie", as: Ignored.self)
    }
}

/// A cookie as W3C WebDriver §14 serialises it.
struct WebDriverCookie: Decodable, Sendable, Equatable {
    let name: String
    let value: String
    let path: String?
    let domain: String?
    let secure: Bool?
    let httpOnly: Bool?
    /// Seconds since 1970, absent for a session cookie.
    let expiry: Int?
    /// `Strict`, `Lax` or `None`.
    let sameSite: String?
}
