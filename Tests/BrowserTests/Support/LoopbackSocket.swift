#if canImport(Glibc)
    import Glibc
#endif

/// A blocking TCP connection to 127.0.0.1 whose every send and receive is bounded by a timeout.
///
/// Not `Sendable`: one request on one thread owns it; the descriptor closes in `deinit`.
final class LoopbackSocket {
    private let descriptor: Int32

    /// Connects to `port` on 127.0.0.1, with `timeout` on each later send and receive.
    init(port: Int, timeout: Duration) throws {
        descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw SocketFailure("socket: errno \(errno)") }
        let seconds = timeout.components.seconds
        var limit = timeval(
            tv_sec: Int(seconds), tv_usec: Int(timeout.components.attoseconds / 1_000_000_000_000))
        let size = socklen_t(MemoryLayout<timeval>.size)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, size)
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &limit, size)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected else {
            let code = errno
            Glibc.close(descriptor)
            throw SocketFailure("connect to 127.0.0.1:\(port): \(String(cString: strerror(code)))")
        }
    }

    /// Writes every byte, never raising SIGPIPE if the peer has gone.
    func writeAll(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw SocketFailure("send: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    /// The next bytes received, empty at end of stream.
    func read() throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count >= 0 { return Array(buffer.prefix(count)) }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK {
                throw SocketFailure("timed out waiting for a response")
            }
            throw SocketFailure("recv: \(String(cString: strerror(errno)))")
        }
    }

    deinit {
        Glibc.close(descriptor)
    }
}

/// Why a loopback exchange failed, turned into `WebDriverError.transport` by the client.
struct SocketFailure: Error {
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
