import Foundation
import HTTP
@testable import App

/// A response as a test reads it.
struct TestResponse {
    let status: Int
    let headers: HTTPHeaders
    let body: String

    var location: String? { headers["Location"] }

    /// The value of the form token on the page, if it has a form.
    var csrfToken: String? { body.firstMatch(of: /name="_csrf" value="([^"]+)"/).map { String($0.1) } }

    func contains(_ text: String) -> Bool { body.contains(text) }
}

/// Calls the app's responder in process, like a browser: keeps cookies, sends the page's
/// form token with each form, and sets the headers a browser sets on a same-origin post.
final class TestClient: @unchecked Sendable {
    // Used from one test at a time; never shared between tasks.
    let responder: any HTTPResponder
    let address: String
    var cookies: [String: String] = [:]
    /// The form token from the last page shown, sent with the next form unless one is given.
    var lastCSRFToken: String?
    /// The current second-factor code for an account, from the test app's clock.
    var secondFactorCode: ((String) throws -> String)?
    /// Told the secret an account enrolled with on the enrolment page, so later codes use it.
    var enrolledThroughPage: ((String, String) -> Void)?

    init(responder: any HTTPResponder, address: String) {
        self.responder = responder
        self.address = address
    }

    @discardableResult
    func get(_ target: String, headers extra: [(String, String)] = []) throws -> TestResponse {
        try send(.get, target, headers: extra)
    }

    /// Posts a form; adds the last page's `_csrf` unless `csrf` is given (pass "" for none).
    @discardableResult
    func post(
        _ target: String, _ fields: [(String, String)] = [], csrf: String? = nil,
        headers extra: [(String, String)] = [("Sec-Fetch-Site", "same-origin"), ("Origin", "null")]
    ) throws -> TestResponse {
        var all = fields
        if let token = csrf ?? lastCSRFToken, !token.isEmpty { all.append(("_csrf", token)) }
        let body = all.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
        return try send(
            .post, target, headers: extra + [("Content-Type", "application/x-www-form-urlencoded")], body: Array(body.utf8))
    }

    /// Posts a `multipart/form-data` form with one file, adding the last page's `_csrf`.
    @discardableResult
    func postFile(_ target: String, fields: [(String, String)], fileField: String, fileName: String, contents: String) throws -> TestResponse {
        let boundary = "----test-boundary-7d1f"
        var body = ""
        for (name, value) in fields + [("_csrf", lastCSRFToken ?? "")] {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(fileName)\"\r\nContent-Type: text/csv\r\n\r\n\(contents)\r\n--\(boundary)--\r\n"
        return try send(.post, target, headers: [("Sec-Fetch-Site", "same-origin"), ("Content-Type", "multipart/form-data; boundary=\(boundary)")], body: Array(body.utf8))
    }

    /// Opens the sign-in page and signs in; when asked for a second-factor code, enters the
    /// current one, and when sent to enrol, enrols with the secret the page shows (unless
    /// `enterCode` is false) and returns that answer.
    @discardableResult
    func signIn(_ email: String, _ password: String, next: String? = nil, enterCode: Bool = true) throws -> TestResponse {
        try get("/sign-in")
        var fields = [("email", email), ("password", password)]
        if let next { fields.append(("next", next)) }
        let response = try post("/sign-in", fields)
        guard enterCode, let secondFactorCode else { return response }
        if response.location == "/account/second-factor" { return try enrol(email) }
        guard response.location == "/sign-in/code" else { return response }
        try get("/sign-in/code")
        return try post("/sign-in/code", [("code", try secondFactorCode(email))])
    }

    /// Enrols `email`'s account on the enrolment page with the secret it shows, as a person
    /// with an authenticator app would; returns the page of recovery codes.
    @discardableResult
    func enrol(_ email: String) throws -> TestResponse {
        let page = try get("/account/second-factor")
        guard let secret = page.body.firstMatch(of: /id="secret" class="secret">([A-Z2-7]+)</).map({ String($0.1) }),
              let secondFactorCode
        else { return page }
        enrolledThroughPage?(email, secret)
        return try post("/account/second-factor", [("code", try secondFactorCode(email))])
    }

    func send(_ method: HTTPMethod, _ target: String, headers extra: [(String, String)] = [], body: [UInt8] = []) throws -> TestResponse {
        let parts = target.split(separator: "?", maxSplits: 1)
        var headers = HTTPHeaders()
        headers.add("Host", "127.0.0.1:8080")
        if !cookies.isEmpty {
            headers.add("Cookie", cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        for (name, value) in extra { headers.add(name, value) }
        let request = HTTPRequest(
            method: method, path: String(parts[0]).removingPercentEncoding ?? String(parts[0]),
            query: parts.count > 1 ? String(parts[1]) : nil, headers: headers, body: body, remoteAddress: address)
        let response = responder.respondOnEventLoop(to: request) ?? responder.respond(to: request)
        for header in response.headers.values(for: "Set-Cookie") { remember(header) }
        let result = TestResponse(
            status: response.status.code, headers: response.headers,
            body: String(decoding: try response.body.collect(), as: UTF8.self))
        if let token = result.csrfToken { lastCSRFToken = token }
        return result
    }

    private func remember(_ setCookie: String) {
        let pair = setCookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
        let name = String(pair[0])
        let value = pair.count > 1 ? String(pair[1]) : ""
        if value.isEmpty || setCookie.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }
}
