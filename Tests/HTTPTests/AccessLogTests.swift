import Testing

@testable import HTTP

@Suite("AccessLog")
struct AccessLogTests {
    @Test func logsMethodPathStatusBytesAndDurationButNeverTheQuery() {
        let exchange = Connection.Exchange(
            method: .get, version: .http1_1, keepAlive: true, target: "/people?name=Ann&token=s3cret",
            started: 0)
        let line = AccessLog.line(
            method: exchange.method.rawValue, path: exchange.logPath, status: 200, bytes: 1234,
            nanoseconds: 1_500_000)
        #expect(line == "GET /people 200 1234 1.5ms\n")
    }
}

@Suite("AccessLog: paths left out")
struct UnloggedPathTests {
    @Test func aPathInUnloggedPathsGetsNoLineWhateverItsQuery() {
        var configuration = ServerConfiguration(port: 0)
        configuration.unloggedPaths = ["/healthz"]
        let exchange = Connection.Exchange(
            method: .get, version: .http1_1, keepAlive: true, target: "/healthz?probe=1", started: 0)
        #expect(!configuration.logsRequests(to: exchange.logPath))
        #expect(configuration.logsRequests(to: "/healthz/more"))
        #expect(configuration.logsRequests(to: "/people"))
    }

    @Test func everyPathIsLoggedByDefaultAndNoneWhenLoggingIsOff() {
        var configuration = ServerConfiguration(port: 0)
        #expect(configuration.logsRequests(to: "/healthz"))
        configuration.accessLog = false
        #expect(!configuration.logsRequests(to: "/people"))
    }
}
