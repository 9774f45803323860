import Glibc

/// One stderr line per request: method, path without query, status, body bytes, milliseconds.
/// Never bodies, cookies or query strings (they may carry personal data).
enum AccessLog {
    /// Writes one line with a single write(2), so lines from two loops never interleave.
    static func write(method: String, path: some StringProtocol, status: Int, bytes: Int, nanoseconds: UInt64) {
        let text = Array(line(method: method, path: path, status: status, bytes: bytes, nanoseconds: nanoseconds).utf8)
        _ = text.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }

    /// `GET /people/7 200 1234 0.412ms` plus a newline.
    static func line(
        method: String, path: some StringProtocol, status: Int, bytes: Int, nanoseconds: UInt64
    ) -> String {
        let milliseconds = Double(nanoseconds / 1000) / 1000
        return "\(method) \(path) \(status) \(bytes) \(milliseconds)ms\n"
    }
}
