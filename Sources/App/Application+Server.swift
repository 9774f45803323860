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
        return server
    }
}
