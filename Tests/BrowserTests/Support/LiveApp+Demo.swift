import Foundation
import HTTP

@testable import App

/// The demo's data and accounts on a live app, and the raw HTML of its pages as one of them.
extension LiveApp {
    /// A demo account's sign-in details, as the demo command prints them.
    struct DemoAccount: Sendable {
        let email: String
        let password: String
        /// The account's second-factor secret (base32).
        let secret: String
    }

    /// Loads the demo data (`trusted-person demo`) and returns its accounts by the local part
    /// of their email: `manager`, `coordinator`, `champion`, `trusted`, `individual`.
    func loadDemo() throws -> [String: DemoAccount] {
        let lines = try DemoData.load(app.services, now: Date())
        var accounts: [String: DemoAccount] = [:]
        for account in DemoData.accounts {
            guard let line = lines.first(where: { $0.contains(" \(account.email) ") }),
                let secret = line.components(separatedBy: "secret: ").last?.split(separator: " ").first,
                let password = line.components(separatedBy: "password: ").last
            else { continue }
            let role = String(account.email.prefix { $0 != "@" })
            accounts[role] = DemoAccount(email: account.email, password: password, secret: String(secret))
        }
        return accounts
    }

    /// The page at `path` exactly as the server sends it to a browser holding `cookies`:
    /// its status and, when it is HTML, its source. Asked in process, so nothing is parsed.
    func rawPage(_ path: String, cookies: [WebDriverCookie]) throws -> (status: Int, html: String?) {
        let parts = path.split(separator: "?", maxSplits: 1)
        var headers = HTTPHeaders()
        headers.add("Host", baseURL.host.map { "\($0):\(server.port)" } ?? "127.0.0.1")
        if !cookies.isEmpty {
            headers.add("Cookie", cookies.map { "\($0.name)=\($0.value)" }.joined(separator: "; "))
        }
        let request = HTTPRequest(
            path: String(parts[0]).removingPercentEncoding ?? String(parts[0]),
            query: parts.count > 1 ? String(parts[1]) : nil, headers: headers)
        let response = app.responder.respondOnEventLoop(to: request) ?? app.responder.respond(to: request)
        let isHTML = response.headers["Content-Type"]?.hasPrefix("text/html") ?? false
        let body = isHTML ? String(decoding: try response.body.collect(), as: UTF8.self) : nil
        return (response.status.code, body)
    }
}
