import Glibc
import HTTP

/// A response as the test client read it off the wire.
struct TestResponse {
    var status: Int
    var headers: HTTPHeaders
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }
    subscript(name: String) -> String? { headers[name] }
}

/// What went wrong in the test client.
enum TestClientError: Error {
    case connectFailed(Int32)
    case closedEarly
    case malformed(String)
}

/// A blocking raw-socket HTTP/1.1 client on 127.0.0.1 with a receive timeout, so a test
/// never hangs; it sends exactly the bytes given, malformed ones included.
final class TestClient {
    let fd: Int32
    private var buffer: [UInt8] = []

    init(port: Int, timeout: Double = 5) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            Glibc.close(fd)
            throw TestClientError.connectFailed(code)
        }
        setTimeout(timeout)
    }

    deinit {
        Glibc.close(fd)
    }

    func setTimeout(_ seconds: Double) {
        var value = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - Double(Int(seconds))) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    func send(_ text: String) {
        send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
            }
            if count <= 0 { return }
            sent += count
        }
    }

    /// Half-closes or fully closes our side.
    func shutdownWrite() {
        shutdown(fd, Int32(SHUT_WR))
    }

    /// Reads one response; `head: true` when it answers a HEAD (no body follows).
    func readResponse(head: Bool = false) throws -> TestResponse {
        while true {
            if let response = try parseBuffered(head: head) { return response }
            guard fill() else {
                if let response = try parseBuffered(head: head, atEOF: true) { return response }
                throw TestClientError.closedEarly
            }
        }
    }

    /// Whether the server closed the connection (EOF or reset) before the timeout.
    func isClosedByServer() -> Bool {
        var scratch = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(fd, &scratch, scratch.count, 0)
            if count == 0 { return true }
            if count < 0 { return errno == ECONNRESET }
        }
    }

    /// Reads until the server closes or the timeout hits.
    func readAll() -> [UInt8] {
        while fill() {}
        defer { buffer = [] }
        return buffer
    }

    private func fill() -> Bool {
        var scratch = [UInt8](repeating: 0, count: 65536)
        let count = recv(fd, &scratch, scratch.count, 0)
        guard count > 0 else { return false }
        buffer.append(contentsOf: scratch[0..<count])
        return true
    }

    private func parseBuffered(head: Bool, atEOF: Bool = false) throws -> TestResponse? {
        guard let end = find([13, 10, 13, 10], from: 0) else { return nil }
        let lines = String(decoding: buffer[0..<end], as: UTF8.self).components("\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw TestClientError.malformed(lines[0])
        }
        var headers = HTTPHeaders()
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.add(String(line[..<colon]), String(line[line.index(after: colon)...]).trimmed())
        }
        let bodyStart = end + 4
        var body: [UInt8] = []
        var consumed = bodyStart
        if head || status == 304 || status == 204 || status < 200 {
        } else if let length = headers["Content-Length"].flatMap(Int.init) {
            guard buffer.count >= bodyStart + length else { return nil }
            body = Array(buffer[bodyStart..<(bodyStart + length)])
            consumed = bodyStart + length
        } else if headers["Transfer-Encoding"] == "chunked" {
            guard let (decoded, used) = decodeChunked(from: bodyStart) else { return nil }
            body = decoded
            consumed = used
        } else {
            guard atEOF else { return nil }
            body = Array(buffer[bodyStart...])
            consumed = buffer.count
        }
        buffer.removeFirst(consumed)
        return TestResponse(status: status, headers: headers, body: body)
    }

    private func decodeChunked(from start: Int) -> ([UInt8], Int)? {
        var index = start
        var body: [UInt8] = []
        while true {
            guard let lineEnd = find([13, 10], from: index) else { return nil }
            let sizeText = String(decoding: buffer[index..<lineEnd], as: UTF8.self)
            guard let size = Int(sizeText, radix: 16) else { return nil }
            let dataStart = lineEnd + 2
            if size == 0 {
                guard buffer.count >= dataStart + 2 else { return nil }
                return (body, dataStart + 2)
            }
            guard buffer.count >= dataStart + size + 2 else { return nil }
            body.append(contentsOf: buffer[dataStart..<(dataStart + size)])
            index = dataStart + size + 2
        }
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard buffer.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= buffer.count {
            if buffer[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension String {
    func components(_ separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }

    func trimmed() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
