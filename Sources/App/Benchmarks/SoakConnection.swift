import Foundation
import Glibc

/// One blocking keep-alive HTTP/1.1 connection for the soak: like `HTTPClientConnection`, but
/// it also hands back the answer's head and body, so a visitor can keep cookies and read the
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

    private let socket: Int32
    private var buffer: [UInt8] = []
    private var chunk = [UInt8](repeating: 0, count: 65_536)

    init?(port: Int) {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            return nil
        }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        socket = fd
    }

    deinit { close(socket) }

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
        let request = Array((head + body).utf8)
        let sent = request.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == request.count else { return nil }
        guard let headEnd = readUntil({ $0.firstRange(of: [13, 10, 13, 10]).map(\.upperBound) }) else { return nil }
        let answerHead = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd)
        let status = Int(answerHead.split(separator: " ").dropFirst().first ?? "") ?? 0
        var answerBody: [UInt8] = []
        if let length = header("content-length", in: answerHead).flatMap(Int.init) {
            guard readUntil({ $0.count >= length ? length : nil }) != nil else { return nil }
            answerBody = Array(buffer[..<length])
            buffer.removeFirst(length)
        } else if header("transfer-encoding", in: answerHead) == "chunked" {
            while true {
                guard let lineEnd = readUntil({ $0.firstRange(of: [13, 10]).map(\.upperBound) }) else { return nil }
                let size = Int(String(decoding: buffer[..<(lineEnd - 2)], as: UTF8.self), radix: 16) ?? 0
                guard readUntil({ $0.count >= lineEnd + size + 2 ? 0 : nil }) != nil else { return nil }
                answerBody += buffer[lineEnd..<(lineEnd + size)]
                buffer.removeFirst(lineEnd + size + 2)
                if size == 0 { break }
            }
        }
        return Answer(status: status, head: answerHead, body: String(decoding: answerBody, as: UTF8.self))
    }

    private func header(_ name: String, in head: String) -> String? {
        head.split(separator: "\r\n").first { $0.lowercased().hasPrefix(name + ":") }
            .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
    }

    /// Reads until `found` answers for the buffer; its answer, or nil when the peer closed.
    private func readUntil(_ found: ([UInt8]) -> Int?) -> Int? {
        while true {
            if let answer = found(buffer) { return answer }
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            buffer.append(contentsOf: chunk[..<count])
        }
    }
}
