import Foundation

/// Script execution, used only to inject test tools (axe-core) into a page: the app itself
/// ships no JavaScript. WebDriver runs the script as a function body outside the page's
/// Content-Security-Policy and, when it returns a promise, answers with the promise's value.
extension WebDriver {
    /// Runs `script` (a function body) in the current page and decodes what it returns.
    @discardableResult
    func execute<Value: Decodable>(_ script: String, as type: Value.Type, timeout: Duration = .seconds(60))
        async throws -> Value
    {
        try await transport.send(
            "POST", "session/\(sessionID)/execute/sync", body: ScriptBody(script: script), as: type,
            timeout: timeout)
    }
}

/// The body of `POST execute/sync`: the script and no arguments.
private struct ScriptBody: Encodable {
    let script: String
    let args: [String] = []
}
