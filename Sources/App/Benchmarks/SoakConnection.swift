import Foundation

/// One blocking keep-alive HTTP/1.1 connection for the soak: an `HTTPClientConnection` that
/// also hands back the answer's head and body, so a visitor can keep cookies and read the
/// form token of the page it was shown, as a browser does.
final class SoakConnection {
    /// An answer as the soak reads it.
    struct Answer {
        let status: Int
        /// The head as received.
        let head: String
        let body: String

        /// `name=value` of every `Set-Cookie` in the head.
        var cookies: [String] {
            head.split(separator: "\r\n").filter { $0.lowercased().hasPrefix("set-cookie:") }
                .compactMap { $0.dropFirst(11).split(separator: ";").first?.trimmingCharacters(in: .whitespaces) }
        }

        /// The form token on the page, if it has a form.
        var formToken: String? {
            body.firstMatch(of: /name="_csrf" value="([^"]+)"/).map { String($0.1) }
        }
    }

    private let connection: HTTPClientConnection

    init?(port: Int) {
        guard let connection = HTTPClientConnection(port: port) else { return nil }
        self.connection = connection
    }

    /// A GET with `cookie`.
    func get(_ path: String, cookie: String) -> Answer? {
        exchange("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: \(cookie)\r\nAccept: text/html\r\n\r\n", body: "")
    }

    /// A same-site form post with `cookie`; `fields` are already percent-encoded where needed.
    func post(_ path: String, cookie: String, _ fields: [(String, String)]) -> Answer? {
        let body = fields.map { $0.0 + "=" + ($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") }
            .joined(separator: "&")
        return exchange(
            "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: \(cookie)\r\nSec-Fetch-Site: same-origin\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n\r\n",
            body: body)
    }

    private func exchange(_ head: String, body: String) -> Answer? {
        guard let answer = connection.answer(Array((head + body).utf8), keepingBody: true) else { return nil }
        return Answer(status: answer.status, head: answer.head, body: String(decoding: answer.body, as: UTF8.self))
    }
}
