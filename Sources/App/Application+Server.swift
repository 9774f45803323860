import HTTP

/// How `serve` configures the HTTP server for this app.
extension Application {
    /// The server's configuration: the app's host, port and access-log switch (the health check
    /// left out), and its security headers on the error answers the server writes itself
    /// (`SecurityHeaders`).
    public var serverConfiguration: ServerConfiguration {
        var server = ServerConfiguration()
        server.host = configuration.host
        server.port = configuration.port
        server.accessLog = configuration.accessLog
        server.unloggedPaths = [Route.health.path]
        server.defaultHeaders = SecurityHeaders.forServerResponses
        server.workerThreads = max(server.workerThreads, Self.workersWaitingOnTheLog)
        return server
    }

    /// Worker threads enough for every request that may be waiting for its access-log entry to
    /// be committed while others render: a page view holds its worker through the log's fsync
    /// (≈ 4 ms on a shared disk), so with only `4 × cores` workers the commits, not the CPU,
    /// capped the record page (BENCHMARKS.md §9e). Waiting threads cost no CPU; only
    /// `requestsComputingAtOnce` of the workers compute at a time (`ComputeSlots`).
    static let workersWaitingOnTheLog = 64

    /// How many requests run their handlers at once: the server's default worker count.
    static let requestsComputingAtOnce = ServerConfiguration().workerThreads
}
