import Domain
import Foundation

/// Everything the app needs to know to start, from flags and environment variables
/// (README, "Configuration").
public struct AppConfiguration: Sendable {
    /// The SQLite database file; created with its folder and migrated on first use.
    public var databasePath: String = "data/trusted-person.sqlite"
    public var host: String = "127.0.0.1"
    public var port: Int = 8080
    /// Adds `Secure` to cookies; set when the app is served over HTTPS behind a TLS proxy.
    public var secureCookies: Bool = false
    /// The folder holding `Public/`, `Templates/` and `migrations/`.
    public var rootDirectory: String
    /// PBKDF2 rounds for new password hashes. Never below 600,000 outside tests.
    public var passwordIterations: Int = 600_000
    /// The proxies whose `X-Forwarded-For` is believed for the client's address (sign-in
    /// throttling): `TP_TRUSTED_PROXIES`, plus 127.0.0.1 and ::1 with `TP_TRUST_PROXY`.
    public var trustedProxies: Set<String> = []
    /// Whether any proxy is trusted.
    public var trustProxy: Bool { !trustedProxies.isEmpty }
    /// Writes one line per request to standard error.
    public var accessLog: Bool = true
    /// The address people use to reach the app, for printed links (setup, invitations).
    public var publicURL: String?
    /// Whole years a closed case is kept before `retention` anonymises it (`TP_RETENTION_YEARS`).
    public var retentionYears: Int = RetentionRule.defaultYears

    public init(rootDirectory: String) {
        self.rootDirectory = rootDirectory
    }

    /// The base of links printed to the console or shown to managers.
    public var baseURL: String {
        if let publicURL, !publicURL.isEmpty {
            return publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
        }
        let shownHost = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
        return "http://\(shownHost):\(port)"
    }

    /// The access log's own database file, beside the main one.
    public var accessLogDatabasePath: String { Self.accessLogPath(beside: databasePath) }

    /// `x.sqlite` → `x.access-log.sqlite` (and `x` → `x.access-log.sqlite`).
    public static func accessLogPath(beside path: String) -> String {
        (path.hasSuffix(".sqlite") ? String(path.dropLast(".sqlite".count)) : path) + ".access-log.sqlite"
    }

    public var publicDirectory: String { rootDirectory + "/Public" }
    public var templatesDirectory: String { rootDirectory + "/Templates" }
    public var migrationsDirectory: String { rootDirectory + "/migrations" }
    /// The list of common passwords refused as new passwords (its source beside it).
    public var commonPasswordsPath: String { rootDirectory + "/Sources/App/Resources/common-passwords.txt" }
    public var accessLogMigrationsDirectory: String { rootDirectory + "/migrations/access-log" }
}
