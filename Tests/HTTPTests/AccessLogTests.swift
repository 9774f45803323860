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
