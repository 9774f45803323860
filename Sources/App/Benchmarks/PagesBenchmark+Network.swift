import Domain
import Foundation
import SQLite

/// The network page's trend section without its cache: what every manager's visit costs after a
/// commit (`NetworkTrendsCache` keeps a section only until the next commit).
extension PagesBenchmark {
    /// `NetworkTrendsSection.values` computed `times` times on one read connection, as a line:
    /// computations per second, the median and slowest wall time, and CPU per computation.
    static func uncachedNetworkSection(_ pool: DatabasePool, times: Int = 20) throws -> Line {
        let today = LondonTime.today(Date())
        var durations: [Double] = []
        let cpuBefore = LoadGenerator.processCPUSeconds()
        try pool.read { db in
            for _ in 0..<times {
                let started = DispatchTime.now().uptimeNanoseconds
                _ = try NetworkTrendsSection.values(db, today: today)
                durations.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
            }
        }
        let cpu = LoadGenerator.processCPUSeconds() - cpuBefore
        durations.sort()
        return Line(
            page: "network trend section, uncached (computed \(times) times)", requestsPerSecond: 1000 / durations[times / 2],
            p50Milliseconds: durations[times / 2], p99Milliseconds: durations[times - 1], serverCPUMicroseconds: cpu / Double(times) * 1e6,
            generatorCPUMicroseconds: 0,
            failures: 0, residentMiB: LoadGenerator.residentMiB().now, longestLogWaitMilliseconds: 0, longestLogQueueMilliseconds: 0,
            longestLogCommitMilliseconds: 0, logCommits: 0, meanLogCommitMilliseconds: 0)
    }
}
