import Foundation

/// One browser session driven over W3C WebDriver: navigation, page facts and finding elements.
///
/// Commands follow W3C WebDriver (https://www.w3.org/TR/webdriver2/) and avoid script
/// execution on purpose: the app ships no JavaScript and its CSP forbids inline script, so
/// journeys see the page exactly as a user without extensions does. The one exception is
/// injecting test tools such as axe-core (`WebDriver+Script.swift`). Other concerns live in
/// `WebDriver+Window.swift`, `WebDriver+Cookies.swift`, `WebDriver+Wait.swift` and
/// `WebDriver+Forms.swift`.
final class WebDriver: Sendable {
    /// The session's id as chromedriver assigned it.
    let sessionID: String
    /// The connection to chromedriver.
    let transport: WebDriverTransport

    private init(sessionID: String, transport: WebDriverTransport) {
        self.sessionID = sessionID
        self.transport = transport
    }

    /// Opens a new browser session; starting Chromium may take a few seconds on a cold machine.
    static func startSession(driverPort: Int, options: ChromeOptions) async throws -> WebDriver {
        let transport = WebDriverTransport(port: driverPort)
        let created = try await transport.send(
            "POST", "session", body: options.newSessionBody, as: NewSession.self, timeout: .seconds(60))
        return WebDriver(sessionID: created.sessionId, transport: transport)
    }

    /// Closes the browser and ends the session.
    func quit() async throws {
        _ = try await transport.send("DELETE", "session/\(sessionID)", as: Ignored.self)
    }

    // MARK: Navigation and page facts

    /// Loads `url` and returns once the page has loaded.
    func navigate(to url: URL) async throws {
        try await command("POST", "url", body: ["url": url.absoluteString])
    }

    /// Goes back one entry in the history.
    func back() async throws {
        try await command("POST", "back", body: EmptyBody())
    }

    /// Reloads the current page.
    func refresh() async throws {
        try await command("POST", "refresh", body: EmptyBody())
    }

    /// The address of the current page.
    func currentURL() async throws -> URL {
        let text = try await command("GET", "url", as: String.self)
        guard let url = URL(string: text) else {
            throw WebDriverError.malformedResponse(endpoint: "GET url", detail: "not a URL: \(text)")
        }
        return url
    }

    /// The current page's `<title>`.
    func title() async throws -> String {
        try await command("GET", "title", as: String.self)
    }

    /// The current DOM serialised as HTML.
    func pageSource() async throws -> String {
        try await command("GET", "source", as: String.self)
    }

    // MARK: Finding elements

    /// The first element matching a CSS selector; throws `no such element` when there is none.
    func findElement(css selector: String) async throws -> WebElement {
        let reference = try await command(
            "POST", "element", body: Locator(css: selector), as: ElementReference.self)
        return WebElement(id: reference.id, driver: self)
    }

    /// Every element matching a CSS selector, in document order; empty when there are none.
    func findElements(css selector: String) async throws -> [WebElement] {
        let references = try await command(
            "POST", "elements", body: Locator(css: selector), as: [ElementReference].self)
        return references.map { WebElement(id: $0.id, driver: self) }
    }

    // MARK: Plumbing for this file and its extensions

    /// Sends a command under `/session/{id}/` and decodes its value.
    func command<Value: Decodable>(
        _ method: String, _ path: String, as type: Value.Type
    ) async throws -> Value {
        try await transport.send(method, "session/\(sessionID)/\(path)", as: type)
    }

    /// Sends a command with a JSON body under `/session/{id}/` and decodes its value.
    func command<Value: Decodable>(
        _ method: String, _ path: String, body: some Encodable, as type: Value.Type
    ) async throws -> Value {
        try await transport.send(method, "session/\(sessionID)/\(path)", body: body, as: type)
    }

    /// Sends a command whose answer is ignored.
    func command(_ method: String, _ path: String, body: some Encodable) async throws {
        _ = try await command(method, path, body: body, as: Ignored.self)
    }
}

/// The value of a successful `POST /session`.
private struct NewSession: Decodable {
    let sessionId: String
}

/// A strategy and selector, as `POST element(s)` expects; only CSS is offered.
struct Locator: Encodable {
    let using = "css selector"
    let value: String

    init(css: String) {
        value = css
    }
}

/// The JSON form of an element: an object keyed by the W3C web element identifier.
struct ElementReference: Decodable {
    let id: String

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
        static let element = Key(stringValue: "element-6066-11e4-a52e-4f735466cecf")
    }

    init(from decoder: any Decoder) throws {
        id = try decoder.container(keyedBy: Key.self).decode(String.self, forKey: .element)
    }
}
