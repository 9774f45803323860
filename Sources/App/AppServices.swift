import Foundation
import HTTP
import Hashing
import SQLite
import TemplateEngine

/// What handlers share: the database, page rendering, sessions, the sign-in guard and the
/// configuration. Built once at start-up.
struct AppServices: Sendable {
    let configuration: AppConfiguration
    let pool: DatabasePool
    let renderer: PageRenderer
    let authenticator: Authenticator
    let signInGuard: SignInGuard
    /// The one door to individuals' personal information, with the access log.
    let personalData: PersonalDataAccess
    /// Reading the access log (its own database file).
    let accessLog: AccessLog
    /// Verified against when an email address has no account, so both cases take as long.
    let decoyHash: PasswordHash
    /// The quarterly report per read connection, while no one has committed since.
    let reportCache = ReportCache()

    /// The client's address: the proxy's `X-Forwarded-For` (its last hop) when configured
    /// to trust one, else the socket's peer.
    func clientAddress(_ request: HTTPRequest) -> String {
        if configuration.trustProxy, let forwarded = request.headers["X-Forwarded-For"],
           let last = forwarded.split(separator: ",").last
        {
            return last.trimmingCharacters(in: .whitespaces)
        }
        return request.remoteAddress
    }

    /// Renders a page; see `PageRenderer`.
    func page(
        _ template: String, title: String, _ context: RequestContext,
        _ values: [String: TemplateValue] = [:], status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        try renderer.render(template, title: title, context, values, status: status)
    }
}
