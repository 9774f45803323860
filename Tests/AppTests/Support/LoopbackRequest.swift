import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One HTTP/1.1 request to 127.0.0.1 on its own connection (`Connection: close`), blocking,
/// every send and receive bounded by a timeout: enough to drive a spawned `trusted-person serve`.
enum LoopbackRequest {
    /// Why an exchange failed (refused, reset, timed out, closed early).
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Sends `method path` with `headers` and `body`; returns the status and the whole body.
    static func send(
        port: Int, _ method: String, _ path: String, headers: [(String, String)] = [], body: [UInt8] = [],
        timeoutSeconds: Int = 10
    ) throws(Failure) -> (status: Int, body: String) {
        let fd = try connect(port: port, timeoutSeconds: timeoutSeconds)
        defer { Glibc.close(fd) }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        let request = Array((head + "\r\n").utf8) + body
        var offset = 0
        while offset < request.count {
            let written = request[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { throw Failure(description: "send: errno \(errno)") }
            offset += written
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.recv(fd, $0.baseAddress, $0.count, 0) }
            if count == 0 { break }
            guard count > 0 else { throw Failure(description: "recv: errno \(errno)") }
            received += buffer.prefix(count)
        }
        return try parse(received)
    }

    /// A form post with the session cookie and the same-site header a browser sends.
    static func postForm(port: Int, _ path: String, cookie: String, _ fields: [(String, String)]) throws(Failure) -> Int {
        let encoded = fields.map { escape($0.0) + "=" + escape($0.1) }.joined(separator: "&")
        return try send(
            port: port, "POST", path,
            headers: [("Cookie", cookie), ("Sec-Fetch-Site", "same-origin"), ("Content-Type", "application/x-www-form-urlencoded")],
            body: Array(encoded.utf8)
        ).status
    }

    private static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }

    /// A complete response: status line, head, and a body as long as `Content-Length` says.
    private static func parse(_ bytes: [UInt8]) throws(Failure) -> (status: Int, body: String) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure(description: "closed before the head ended") }
        let head = text[..<split.lowerBound].split(separator: "\r\n")
        let parts = head.first?.split(separator: " ") ?? []
        guard parts.count >= 2, let status = Int(parts[1]) else { throw Failure(description: "bad status line") }
        let body = String(text[split.upperBound...])
        let length = head.dropFirst().first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }
        guard let length, body.utf8.count == length else { throw Failure(description: "closed mid-body") }
        return (status, body)
    }

    private static func connect(port: Int, timeoutSeconds: Int) throws(Failure) -> Int32 {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        var limit = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected else {
            let code = errno
            Glibc.close(fd)
            throw Failure(description: "connect: errno \(code)")
        }
        return fd
    }
}
