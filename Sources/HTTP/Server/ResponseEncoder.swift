/// Serialises a response head (RFC 9112 §4): status line, the responder's fields, then the
/// server's Date, framing and Connection fields.
enum ResponseEncoder {
    /// How the body that follows is delimited.
    enum Framing {
        /// `Content-Length: n`.
        case length(Int)
        /// `Transfer-Encoding: chunked`.
        case chunked
        /// No framing field: no body allowed (1xx/204/304) or close-delimited (HTTP/1.0 stream).
        case none
    }

    /// What the Connection field says.
    enum Persistence {
        case close
        case keepAlive
        case implicit
    }

    static let continueHead: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    private static let reservedNames: Set<String> = [
        "content-length", "transfer-encoding", "connection", "date",
    ]

    static func head(
        status: HTTPStatus, headers: HTTPHeaders, framing: Framing, persistence: Persistence,
        dateLine: [UInt8]
    ) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        appendStatusLine(status, to: &out)
        for field in headers where !isReserved(field.name) {
            out.append(contentsOf: field.name.utf8)
            out.append(contentsOf: ": ".utf8)
            out.append(contentsOf: sanitized(field.value).utf8)
            out.append(contentsOf: "\r\n".utf8)
        }
        out.append(contentsOf: dateLine)
        switch framing {
        case .length(let length):
            out.append(contentsOf: contentLengthPrefix)
            appendDecimal(length, to: &out)
            out.append(contentsOf: crlf)
        case .chunked: out.append(contentsOf: "Transfer-Encoding: chunked\r\n".utf8)
        case .none: break
        }
        switch persistence {
        case .close: out.append(contentsOf: "Connection: close\r\n".utf8)
        case .keepAlive: out.append(contentsOf: "Connection: keep-alive\r\n".utf8)
        case .implicit: break
        }
        out.append(contentsOf: "\r\n".utf8)
        return out
    }

    private static let contentLengthPrefix: [UInt8] = Array("Content-Length: ".utf8)
    /// Status lines of the most frequent responses, encoded once.
    private static let commonStatusLines: [HTTPStatus: [UInt8]] = Dictionary(
        uniqueKeysWithValues: [HTTPStatus.ok, .notModified, .notFound, .seeOther, .noContent].map {
            ($0, Array("HTTP/1.1 \($0.code) \($0.reason)\r\n".utf8))
        })

    private static func appendStatusLine(_ status: HTTPStatus, to out: inout [UInt8]) {
        if let line = commonStatusLines[status] {
            out.append(contentsOf: line)
        } else {
            out.append(contentsOf: "HTTP/1.1 \(status.code) \(status.reason)\r\n".utf8)
        }
    }

    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        guard value >= 10 else {
            out.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        appendDecimal(value / 10, to: &out)
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// A complete error response that closes the connection, carrying `defaultHeaders` too.
    static func errorResponse(
        _ status: HTTPStatus, defaultHeaders: HTTPHeaders, dateLine: [UInt8]
    ) -> [UInt8] {
        let body = Array("\(status.reason)\n".utf8)
        var headers = defaultHeaders
        headers.set("Content-Type", "text/plain; charset=utf-8")
        return head(
            status: status, headers: headers, framing: .length(body.count), persistence: .close,
            dateLine: dateLine) + body
    }

    /// The framing line of one chunk.
    static func chunkPrefix(_ size: Int) -> [UInt8] {
        Array("\(String(size, radix: 16))\r\n".utf8)
    }

    static let crlf: [UInt8] = [13, 10]
    static let lastChunk: [UInt8] = Array("0\r\n\r\n".utf8)

    private static func isReserved(_ name: String) -> Bool {
        let count = name.utf8.count
        guard count == 4 || count == 10 || count == 14 || count == 17 else { return false }
        return reservedNames.contains(name.lowercased())
    }

    /// Response splitting guard: a CR or LF in a value from a responder becomes a space.
    private static func sanitized(_ value: String) -> String {
        let hasLineBreak =
            value.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.contains { $0 == 13 || $0 == 10 }
            } ?? true
        guard hasLineBreak else { return value }
        return String(value.map { $0 == "\r" || $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }
}
