import HTTP

/// How `serve` configures the HTTP server for this app.
extension Application {
    /// The server's configuration: the app's host, port and access-log switch, and its security
    /// headers on the error answers the server writes itself (`SecurityHeaders`).
    public var serverConfiguration: ServerConfiguration {
        var server = ServerConfiguration()
        server.host = configuration.host
        server.port = configuration.port
        server.accessLog = configuration.accessLog
        server.defaultHeaders = SecurityHeaders.forServerResponses
        return server
    }
}
