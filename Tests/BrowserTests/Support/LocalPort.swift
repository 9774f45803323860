#if canImport(Glibc)
    import Glibc
#endif

/// Free TCP ports on 127.0.0.1 for helper processes that cannot be told to pick their own.
enum LocalPort {
    /// A port the kernel had free a moment ago: bind port 0 on loopback, read it back, close.
    ///
    /// Another process could take it before the helper binds it; callers retry a failed
    /// start with a fresh port.
    static func free() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw failure("socket") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0
                    && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        guard bound else { throw failure("bind") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func failure(_ call: String) -> WebDriverError {
        .processDidNotStart(name: "free port search", detail: "\(call) failed, errno \(errno)")
    }
}
