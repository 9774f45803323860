import Foundation
import Glibc
import HTTP
import Testing
@testable import App

/// The real app served on a live socket with the configuration `serve` uses: answers the
/// server writes itself (a malformed request never reaches the app) carry the app's security
/// headers, and a Host that is not `host[:port]` is a 400, not a redirect to sign-in.
@Suite struct ServerSecurityHeadersTests {
    /// Starts the app's server on an ephemeral loopback port, sends `request` raw, returns the reply.
    private func exchange(_ request: String) throws -> String {
        let test = try TestApp()
        var configuration = test.app.serverConfiguration
        configuration.port = 0
        configuration.eventLoops = 1
        configuration.workerThreads = 2
        let server = HTTPServer(configuration: configuration, responder: test.app.responder)
        try server.start()
        defer { server.shutdown() }
        return try RawSocket.exchange(request, port: server.port)
    }

    @Test(arguments: [
        "GET / HTTP/1.1\r\nHost: a b/c\r\n\r\n", "GET / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nHost: a\r\nBad Name: x\r\n\r\n",
    ])
    func aMalformedRequestGets400WithTheSecurityHeaders(_ request: String) throws {
        let reply = try exchange(request)
        #expect(reply.hasPrefix("HTTP/1.1 400 "))
        #expect(reply.contains("Content-Security-Policy: \(SecurityHeaders.contentSecurityPolicy)\r\n"))
        #expect(reply.contains("X-Content-Type-Options: nosniff\r\n"))
        #expect(reply.contains("X-Frame-Options: DENY\r\n"))
        #expect(reply.contains("Referrer-Policy: no-referrer\r\n"))
        #expect(reply.contains("Cache-Control: no-store\r\n"))
    }

    @Test func aWellFormedRequestStillReachesTheApp() throws {
        let reply = try exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nConnection: close\r\n\r\n")
        #expect(reply.hasPrefix("HTTP/1.1 303 "))
        #expect(reply.contains("Content-Security-Policy: "))
    }
}

/// A blocking loopback client that sends raw bytes and reads until the server closes.
enum RawSocket {
    static func exchange(_ request: String, port: Int) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw CocoaError(.fileReadUnknown) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var reply: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            reply.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: reply, as: UTF8.self)
    }
}
