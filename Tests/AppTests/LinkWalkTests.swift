import Foundation
import Hashing
import Testing
@testable import App

/// Issue 15: every link a role is shown leads to a page that role can open. For each demo
/// account, a bounded breadth-first walk from home follows every same-origin `<a href>`
/// (never sign-out or static files) and asserts that none answers 403 or 404. Links of the
/// same shape (`/people/12/plan` and `/people/40/plan`) are followed a few times, not all.
@Suite struct LinkWalkTests {
    static let roles = ["manager", "coordinator", "champion", "trusted", "individual"]

    @Test(arguments: roles) func everyLinkShownLeadsToAPageTheRoleCanOpen(role: String) throws {
        let test = try TestApp()
        let lines = try DemoData.load(test.app.services, now: test.now)
        let client = test.client(address: "10.0.0.\(Self.roles.firstIndex(of: role)! + 10)")
        let email = "\(role)@demo.example.org"
        let password = try #require(Self.password(of: email, in: lines))
        if let secret = Self.secret(of: email, in: lines) {
            client.secondFactorCode = { _ in TOTP(secret: Base32.decode(secret)!).code(at: Int64(test.now.timeIntervalSince1970)) }
        }
        #expect(try client.signIn(email, password).status == 303)
        let (visited, broken) = try Self.walk(client, limit: 250)
        #expect(visited >= 5, "the walk for \(role) stopped at \(visited) pages")
        #expect(broken.isEmpty, "\(role) is shown links that fail: \(broken.joined(separator: "; "))")
    }

    /// Follows links breadth-first from home; returns how many pages it opened, and
    /// "status path (on the page that showed it)" for each failure.
    static func walk(_ client: TestClient, limit: Int) throws -> (visited: Int, broken: [String]) {
        var queue: [(path: String, from: String)] = [("/", "sign-in")]
        var seen: Set<String> = ["/"]
        var shapes: [String: Int] = [:]
        var broken: [String] = []
        var visited = 0
        while !queue.isEmpty, visited < limit {
            let (path, from) = queue.removeFirst()
            visited += 1
            let response = try client.get(path)
            if response.status == 403 || response.status == 404 {
                broken.append("\(response.status) \(path) (on \(from))")
                continue
            }
            guard response.status == 200, response.headers["Content-Type"]?.hasPrefix("text/html") ?? false else { continue }
            for link in links(in: response.body) where !seen.contains(link) {
                seen.insert(link)
                let shape = link.replacingOccurrences(of: "[0-9]+", with: "#", options: .regularExpression)
                guard shapes[shape, default: 0] < 3 else { continue }
                shapes[shape, default: 0] += 1
                queue.append((link, path))
            }
        }
        return (visited, broken)
    }

    /// The same-origin targets of a page's `<a href>`s, without fragments, sign-out or static files.
    static func links(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<a\\s[^>]*href=\"([^\"]*)\"")
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { match in
            guard let found = Range(match.range(at: 1), in: html) else { return nil }
            var link = html[found].replacingOccurrences(of: "&amp;", with: "&")
            if let hash = link.firstIndex(of: "#") { link = String(link[..<hash]) }
            guard link.hasPrefix("/"), !link.hasPrefix("//"), !link.hasPrefix("/static/"), !link.hasPrefix("/sign-out") else { return nil }
            return link
        }
    }

    /// The second-factor secret the demo printed for `email`, when it enrolled the account.
    static func secret(of email: String, in lines: [String]) -> String? {
        guard let line = lines.first(where: { $0.contains(" \(email) ") }), line.contains("secret: ") else { return nil }
        return line.components(separatedBy: "secret: ").last?.split(separator: " ").first.map(String.init)
    }

    static func password(of email: String, in lines: [String]) -> String? {
        lines.first { $0.contains(" \(email) ") }?.components(separatedBy: "password: ").last
    }
}
