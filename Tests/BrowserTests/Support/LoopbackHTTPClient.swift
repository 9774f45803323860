import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A minimal HTTP/1.1 client for helper servers on 127.0.0.1, one connection per request.
///
/// Why not URLSession: on Linux it is backed by libcurl through swift-corelibs-foundation,
/// which rejects chromedriver's responses ("Failed writing header") because chromedriver
/// writes headers without a space after the colon (`Content-Length:249`), see
/// https://github.com/swiftlang/swift-corelibs-foundation/issues/4965. RFC 9112 §5.1 makes
/// that space optional, so this client accepts it. Each request sends `Connection: close`,
/// reads the body by `Content-Length` or to end of stream (chunked bodies, which neither
/// chromedriver nor the fixture server sends, are refused), and is bounded by `timeout`.
/// The blocking socket calls run on a Dispatch queue, off Swift's cooperative threads.
struct LoopbackHTTPClient: Sendable {
    /// The server's port on 127.0.0.1.
    let port: Int
    /// The limit for connecting, sending and receiving the whole response.
    let timeout: Duration

    /// A response's status code and body.
    struct Response: Sendable {
        let status: Int
        let body: [UInt8]
    }

    /// Sends one request and returns the response; throws `WebDriverError.transport` on failure.
    func send(_ method: String, _ path: String, json body: [UInt8]? = nil) async throws -> Response {
        let request = encode(method, path, body)
        let endpoint = "\(method) \(path)"
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    with: Result {
                        do {
                            return try exchange(request)
                        } catch let failure as SocketFailure {
                            throw WebDriverError.transport(endpoint: endpoint, reason: failure.reason)
                        }
                    })
            }
        }
    }

    private func encode(_ method: String, _ path: String, _ body: [UInt8]?) -> [UInt8] {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
        head += "Connection: close\r\nAccept: application/json\r\n"
        if let body {
            head += "Content-Type: application/json; charset=utf-8\r\nContent-Length: \(body.count)\r\n"
        }
        return Array((head + "\r\n").utf8) + (body ?? [])
    }

    private func exchange(_ request: [UInt8]) throws -> Response {
        let socket = try LoopbackSocket(port: port, timeout: timeout)
        try socket.writeAll(request)
        let deadline = ContinuousClock.now.advanced(by: timeout)
        var received: [UInt8] = []
        var head: ResponseHead?
        while true {
            if head == nil, let end = Self.endOfHead(in: received) {
                head = try ResponseHead(Array(received[..<end]))
                received.removeFirst(end + 4)
            }
            if let head, let length = head.contentLength, received.count >= length {
                return Response(status: head.status, body: Array(received.prefix(length)))
            }
            guard ContinuousClock.now < deadline else { throw SocketFailure("timed out after \(timeout)") }
            let chunk = try socket.read()
            if chunk.isEmpty { break }
            received += chunk
        }
        guard let head else { throw SocketFailure("connection closed before a complete response") }
        guard head.contentLength == nil else { throw SocketFailure("connection closed mid-body") }
        return Response(status: head.status, body: received)
    }

    private static func endOfHead(in bytes: [UInt8]) -> Int? {
        let marker: [UInt8] = [13, 10, 13, 10]
        guard bytes.count >= 4 else { return nil }
        return (0...(bytes.count - 4)).first { bytes[$0..<($0 + 4)].elementsEqual(marker) }
    }
}

/// The status line and the framing headers of a response.
private struct ResponseHead {
    let status: Int
    let contentLength: Int?

    init(_ bytes: [UInt8]) throws {
        let lines = String(decoding: bytes, as: UTF8.self).split(
            separator: "\r\n", omittingEmptySubsequences: false)
        let statusLine = lines.first?.split(separator: " ") ?? []
        guard statusLine.count >= 2, statusLine[0].hasPrefix("HTTP/1."), let status = Int(statusLine[1])
        else {
            throw SocketFailure("bad status line '\(lines.first ?? "")'")
        }
        self.status = status
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            fields[line[..<colon].lowercased()] = value
        }
        guard fields["transfer-encoding"] == nil else {
            throw SocketFailure("chunked responses are not supported")
        }
        contentLength = fields["content-length"].flatMap { Int($0) }
    }
}
