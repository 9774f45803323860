import Foundation

/// The manager's report page without its cache: what the first visit after a commit costs
/// (`ReportCache` keeps a report only until the next commit), through the real server.
extension PagesBenchmark {
    /// `GET path` sent `times` times on one keep-alive connection, the report cache emptied
    /// before each, as a line: pages per second, the median and slowest wall time, and the
    /// server's CPU per page.
    static func uncachedReportPage(_ app: Application, port: Int, path: String, cookie: String, times: Int = 15) throws -> Line {
        guard let connection = HTTPClientConnection(port: port) else { throw AppError.badRequest("cannot connect to the benchmark's server") }
        let request = LoadGenerator.getRequest(port: port, path: path, cookie: cookie)
        var durations: [Double] = []
        var failures = 0
        let computedBefore = app.services.reportCache.computations
        let cpuBefore = LoadGenerator.processCPUSeconds()
        for _ in 0..<times {
            app.services.reportCache.removeAll()
            let started = DispatchTime.now().uptimeNanoseconds
            if connection.exchange(request) != 200 { failures += 1 }
            durations.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
        }
        let cpu = LoadGenerator.processCPUSeconds() - cpuBefore
        guard app.services.reportCache.computations - computedBefore == times else {
            throw AppError.badRequest("the report page was served from its cache during the uncached run")
        }
        durations.sort()
        return Line(
            page: "\(path) (manager, uncached: computed each of \(times) times)", requestsPerSecond: 1000 / durations[times / 2],
            p50Milliseconds: durations[times / 2], p99Milliseconds: durations[times - 1], serverCPUMicroseconds: cpu / Double(times) * 1e6,
            generatorCPUMicroseconds: 0,
            failures: failures, residentMiB: LoadGenerator.residentMiB().now, longestLogWaitMilliseconds: 0, longestLogQueueMilliseconds: 0,
            longestLogCommitMilliseconds: 0, logCommits: 0, meanLogCommitMilliseconds: 0)
    }
}
