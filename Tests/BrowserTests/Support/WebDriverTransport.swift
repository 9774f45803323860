import Foundation

/// JSON commands to one WebDriver server on 127.0.0.1, each bounded by a timeout, errors decoded.
///
/// Every response is an object `{"value": …}`; on failure `value` holds `error` and
/// `message` (W3C WebDriver §6.6). Bodies are `Encodable` values, results `Decodable` ones,
/// so a typo in a field name is a compile error rather than a silent `nil`.
struct WebDriverTransport: Sendable {
    /// The server's port on 127.0.0.1.
    let port: Int
    /// The limit for a command unless it asks for another.
    let requestTimeout: Duration

    init(port: Int, requestTimeout: Duration = .seconds(30)) {
        self.port = port
        self.requestTimeout = requestTimeout
    }

    /// Sends a command without a body (GET, DELETE) and decodes its `value`.
    func send<Value: Decodable>(
        _ method: String, _ path: String, as _: Value.Type = Value.self, timeout: Duration? = nil
    ) async throws -> Value {
        try await exchange(method, path, body: nil, timeout: timeout)
    }

    /// Sends a command with a JSON body (POST) and decodes its `value`.
    func send<Value: Decodable>(
        _ method: String, _ path: String, body: some Encodable, as _: Value.Type = Value.self,
        timeout: Duration? = nil
    ) async throws -> Value {
        let data = try JSONEncoder().encode(body)
        return try await exchange(method, path, body: [UInt8](data), timeout: timeout)
    }

    private func exchange<Value: Decodable>(
        _ method: String, _ path: String, body: [UInt8]?, timeout: Duration?
    ) async throws -> Value {
        let client = LoopbackHTTPClient(port: port, timeout: timeout ?? requestTimeout)
        let response = try await client.send(method, "/\(path)", json: body)
        let endpoint = "\(method) /\(path)"
        let data = Data(response.body)
        guard (200..<300).contains(response.status) else {
            throw Self.decodeFailure(data, status: response.status, endpoint: endpoint)
        }
        do {
            return try JSONDecoder().decode(Envelope<Value>.self, from: data).value
        } catch {
            throw WebDriverError.malformedResponse(endpoint: endpoint, detail: "\(error)")
        }
    }

    private static func decodeFailure(_ data: Data, status: Int, endpoint: String) -> WebDriverError {
        guard let failure = try? JSONDecoder().decode(Envelope<Failure>.self, from: data).value else {
            let text = String(decoding: data.prefix(500), as: UTF8.self)
            return .malformedResponse(endpoint: endpoint, detail: "HTTP \(status): \(text)")
        }
        return .command(
            code: WebDriverErrorCode(rawValue: failure.error), message: failure.message, endpoint: endpoint)
    }
}

/// The `{"value": …}` wrapper around every WebDriver response.
private struct Envelope<Value: Decodable>: Decodable {
    let value: Value
}

/// The `value` of a failed command.
private struct Failure: Decodable {
    let error: String
    let message: String
}

/// A result whose content does not matter (most commands answer `{"value": null}`).
struct Ignored: Decodable {
    init(from decoder: any Decoder) throws {}
}

/// The empty JSON object `{}` that W3C requires as the body of bodiless POST commands.
struct EmptyBody: Encodable {}
