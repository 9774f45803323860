import Domain
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
    /// Passwords too common to choose, read when first needed (see `LoadedOnce`).
    let commonPasswordList: LoadedOnce<CommonPasswords>
    /// The quarterly report per read connection, while no one has committed since.
    let reportCache = ReportCache()
    /// The network page's quarterly trend, kept while nothing has been committed.
    let networkTrendsCache = NetworkTrendsCache()
    /// What the caseload page reads, per read connection and filter, while no one has committed since.
    let caseloadCache = SnapshotCache<CaseloadSnapshot.Key, CaseloadSnapshot>(capacity: 64)

    /// The client's address: from `X-Forwarded-For` only when the socket's peer is a
    /// configured proxy, else the peer (see `ClientAddress`).
    func clientAddress(_ request: HTTPRequest) -> String {
        ClientAddress.resolve(
            peer: request.remoteAddress, forwardedFor: request.headers["X-Forwarded-For"],
            trustedProxies: configuration.trustedProxies)
    }

    /// Passwords too common to choose; the first use reads the list.
    var commonPasswords: CommonPasswords {
        get throws { try commonPasswordList.value }
    }

    /// Renders a page; see `PageRenderer`.
    func page(
        _ template: String, title: String, _ context: RequestContext,
        _ values: [String: TemplateValue] = [:], status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        try renderer.render(template, title: title, context, values, status: status)
    }
}
