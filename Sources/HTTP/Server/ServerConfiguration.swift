import Glibc

/// Every tunable of the server, each with a production default. Durations are in seconds.
public struct ServerConfiguration: Sendable {
    /// The IPv4 address to bind.
    public var host: String = "127.0.0.1"
    /// The port; 0 picks an ephemeral one (read it back from ``HTTPServer/port``).
    public var port: Int = 8080
    /// Event-loop threads, each with its own SO_REUSEPORT listener and epoll set.
    public var eventLoops: Int = ServerConfiguration.coreCount
    /// Worker threads that run responders (they may block on SQLite).
    public var workerThreads: Int = max(8, 4 * ServerConfiguration.coreCount)
    /// Longest request line (414 beyond).
    public var maxRequestLineBytes: Int = 8 * 1024
    /// Largest header block (431 beyond).
    public var maxHeaderBytes: Int = 32 * 1024
    /// Most header fields (431 beyond).
    public var maxHeaderCount: Int = 100
    /// Largest request body, declared or de-chunked (413 beyond).
    public var maxBodyBytes: Int = 10 * 1024 * 1024
    /// Whether chunked request bodies are decoded (else 411 Length Required).
    public var allowsChunkedRequestBodies: Bool = true
    /// How long an idle keep-alive connection stays open (then closed silently).
    public var idleTimeout: Double = 60
    /// Deadline for a whole header block from its first byte (408 then close; stops slowloris).
    /// A new connection must also start its first request within this time.
    public var headerReadTimeout: Double = 10
    /// Deadline for a whole request body from the end of its head (408 then close).
    public var bodyReadTimeout: Double = 30
    /// Open connections at most. At the limit a new connection takes the slot of the accepting
    /// loop's least recently used idle keep-alive connection, which is closed; only when that
    /// loop has none idle does the newcomer get 503 with Connection: close.
    public var maxConnections: Int = 10_000
    /// How long shutdown waits for in-flight requests before closing everything.
    public var shutdownGracePeriod: Double = 10
    /// Whether each request is logged to stderr (method, path, status, bytes, ms).
    public var accessLog: Bool = true
    /// Exact paths (no query) left out of the access log, e.g. a health check a monitor polls.
    public var unloggedPaths: Set<String> = []
    /// Listen backlog passed to listen(2).
    public var backlog: Int = 4096
    /// Fields added to every response the server writes itself (the 400, 408, 413, 414, 431 and
    /// 503 answers that never reach the responder), e.g. an app's security headers; empty by default.
    public var defaultHeaders = HTTPHeaders()

    /// A configuration with every default.
    public init() {}

    /// A configuration for `host:port` with every other default.
    public init(host: String = "127.0.0.1", port: Int, accessLog: Bool = true) {
        self.host = host
        self.port = port
        self.accessLog = accessLog
    }

    /// Usable CPU cores.
    public static var coreCount: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Whether a request for `path` (without its query) gets an access-log line.
    func logsRequests(to path: Substring) -> Bool {
        accessLog && (unloggedPaths.isEmpty || !unloggedPaths.contains(String(path)))
    }

    var parserLimits: ParserLimits {
        ParserLimits(
            maxRequestLineBytes: maxRequestLineBytes, maxHeaderBytes: maxHeaderBytes,
            maxHeaderCount: maxHeaderCount, maxBodyBytes: maxBodyBytes,
            allowsChunkedBodies: allowsChunkedRequestBodies)
    }
}
