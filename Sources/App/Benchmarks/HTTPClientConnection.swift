import Foundation
import Glibc

/// One blocking keep-alive HTTP/1.1 connection to 127.0.0.1 for the load generator: writes a
/// request, reads the answer's head and its whole body (Content-Length or chunked), returns the
/// status (or, for the soak, the whole answer). Not a general client: it trusts the server it benchmarks.
final class HTTPClientConnection {
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

    /// Sends `request` and reads the whole answer; its status, or nil when the connection failed.
    func exchange(_ request: [UInt8]) -> Int? {
        answer(request, keepingBody: false)?.status
    }

    /// Sends `request` and reads the whole answer: its status, its head as received and, when
    /// `keepingBody`, its body (the chunks joined); nil when the connection failed.
    func answer(_ request: [UInt8], keepingBody: Bool) -> (status: Int, head: String, body: [UInt8])? {
        let sent = request.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == request.count else { return nil }
        guard let headEnd = readUntil({ $0.firstRange(of: [13, 10, 13, 10]).map(\.upperBound) }) else { return nil }
        let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd)
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        var body: [UInt8] = []
        if let length = header("content-length", in: head).flatMap(Int.init) {
            guard readUntil({ $0.count >= length ? length : nil }) != nil else { return nil }
            if keepingBody { body = Array(buffer[..<length]) }
            buffer.removeFirst(length)
        } else if header("transfer-encoding", in: head)?.lowercased() == "chunked" {
            while true {
                guard let lineEnd = readUntil({ $0.firstRange(of: [13, 10]).map(\.upperBound) }) else { return nil }
                let size = Int(String(decoding: buffer[..<(lineEnd - 2)], as: UTF8.self), radix: 16) ?? 0
                guard readUntil({ $0.count >= lineEnd + size + 2 ? 0 : nil }) != nil else { return nil }
                if keepingBody { body += buffer[lineEnd..<(lineEnd + size)] }
                buffer.removeFirst(lineEnd + size + 2)
                if size == 0 { break }
            }
        }
        return (status, head, body)
    }

    /// The value of header `name` (lower case) in `head`, matched without regard to case.
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
