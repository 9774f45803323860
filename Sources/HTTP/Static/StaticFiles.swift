import Glibc

/// Serves files under a root folder at a URL prefix, with ETag/Last-Modified revalidation,
/// long-lived caching for fingerprinted names, and no way out of the root.
///
/// Why so strict: any `..` or `.`-segment, dot-file, encoded slash/backslash/NUL, or a path
/// whose realpath leaves the root is a 404 (never a file outside, never a hint why).
public struct StaticFiles: HTTPResponder {
    /// The folder served, as its real path.
    public let root: String
    /// The URL prefix, e.g. "/static" (no trailing slash; "" serves at the site root).
    public let urlPrefix: String
    private let directoryPrefix: String
    private let cache: FileCache

    /// Files bigger than this are streamed from disk instead of cached in memory.
    public static let maxCachedFileBytes = 1 << 20

    /// Serves `root` under `urlPrefix`; a missing root simply answers 404s.
    public init(root: String, urlPrefix: String = "/static") {
        var real = root
        if let resolved = realpath(root, nil) {
            real = String(cString: resolved)
            free(resolved)
        }
        self.root = real
        self.urlPrefix = urlPrefix.hasSuffix("/") ? String(urlPrefix.dropLast()) : urlPrefix
        directoryPrefix = self.urlPrefix + "/"
        cache = FileCache(root: real, maxFileBytes: Self.maxCachedFileBytes, maxEntries: 4096)
    }

    /// The response for a request under the prefix, or nil when the path is not ours.
    public func response(for request: HTTPRequest) -> HTTPResponse? {
        guard request.path.utf8.starts(with: directoryPrefix.utf8) else { return nil }
        guard request.method == .get || request.method == .head else {
            var response = HTTPResponse.text("Method Not Allowed", status: .methodNotAllowed)
            response.headers.add("Allow", "GET, HEAD")
            return response
        }
        let path = Substring(request.path)
        let relative = path[path.utf8.index(path.startIndex, offsetBy: directoryPrefix.utf8.count)...]
        guard Self.isSafe(relative, rawTarget: request.rawTarget),
            let entry = cache.entry(for: String(relative))
        else { return .text("Not Found", status: .notFound) }
        if isNotModified(request, entry) {
            var headers = entry.headers
            headers.remove("Content-Type")
            return HTTPResponse(status: .notModified, headers: headers)
        }
        if let bytes = entry.bytes {
            return HTTPResponse(status: .ok, headers: entry.headers, body: .bytes(bytes))
        }
        return HTTPResponse(status: .ok, headers: entry.headers, body: Self.stream(entry.path))
    }

    /// Answers every request: the file, or 404 outside the prefix.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        response(for: request) ?? .text("Not Found", status: .notFound)
    }

    /// Static files are served from memory on the event loop.
    public func respondOnEventLoop(to request: HTTPRequest) -> HTTPResponse? {
        respond(to: request)
    }

    /// Rejects empty, NUL, backslash, encoded `/` `\\` NUL, and `.`-prefixed or empty segments.
    static func isSafe(_ relative: Substring, rawTarget: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: "/")
        for byte in relative.utf8 {
            if byte == 0 || byte == UInt8(ascii: "\\") { return false }
            if previous == UInt8(ascii: "/") && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")) {
                return false
            }
            previous = byte
        }
        guard previous != UInt8(ascii: "/") else { return false }
        let raw = Array(rawTarget.utf8)
        var index = 0
        while index + 2 < raw.count, raw[index] != UInt8(ascii: "?") {
            if raw[index] == UInt8(ascii: "%") {
                let escape = (raw[index + 1], raw[index + 2] | 0x20)
                switch escape {
                case (UInt8(ascii: "2"), UInt8(ascii: "f")), (UInt8(ascii: "5"), UInt8(ascii: "c")),
                    (UInt8(ascii: "0"), UInt8(ascii: "0")):
                    return false
                default: break
                }
            }
            index += 1
        }
        return true
    }

    /// RFC 9110 §13.1.2–3: If-None-Match wins; If-Modified-Since only without it.
    private func isNotModified(_ request: HTTPRequest, _ entry: FileCache.Entry) -> Bool {
        if let match = request.headers["If-None-Match"] {
            return match.split(separator: ",").contains { candidate in
                let tag = candidate.trimmingSpaces()
                return tag == "*" || tag == entry.etag || tag == "W/" + entry.etag
            }
        }
        if let since = request.headers["If-Modified-Since"], let date = HTTPDate.parse(since) {
            return entry.modified <= date
        }
        return false
    }

    private static func stream(_ path: String) -> ResponseBody {
        .stream { writer in
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw HTTPError.system(call: "open", errno: errno) }
            defer { close(fd) }
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return }
                try writer.write(Array(chunk[0..<count]))
            }
        }
    }
}
