import Foundation
import Glibc

/// A small closed-loop HTTP/1.1 load generator for the pages benchmark: `connections` threads,
/// each with one keep-alive connection to 127.0.0.1, sending the next GET as soon as the last
/// answer has been read in full (Content-Length or chunked). Each thread measures its own CPU
/// time, so the benchmark can subtract the generator from the process and keep the server's.
enum LoadGenerator {
    /// What one run measured.
    struct Result {
        var requests = 0
        /// Answers whose status was not the expected one, or connections that failed.
        var failures = 0
        var latenciesMilliseconds: [Double] = []
        /// CPU seconds spent by the generator's own threads.
        var clientCPUSeconds = 0.0

        func percentile(_ fraction: Double) -> Double {
            guard !latenciesMilliseconds.isEmpty else { return 0 }
            return latenciesMilliseconds[min(latenciesMilliseconds.count - 1, Int(Double(latenciesMilliseconds.count) * fraction))]
        }
    }

    /// The bytes of a signed-in `GET path` to the server on `port`.
    static func getRequest(port: Int, path: String, cookie: String) -> [UInt8] {
        Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nCookie: \(cookie)\r\nAccept: text/html\r\n\r\n".utf8)
    }

    /// Drives `GET path` with `cookie` for `seconds` over `connections` keep-alive connections.
    static func run(port: Int, path: String, cookie: String, connections: Int, seconds: Double, expect: Int = 200) -> Result {
        let request = getRequest(port: port, path: path, cookie: cookie)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        let results = Results()
        let finished = DispatchGroup()
        for _ in 0..<connections {
            finished.enter()
            let thread = Thread {
                results.add(drive(port: port, request: request, until: deadline, expect: expect))
                finished.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        finished.wait()
        var total = results.merged()
        total.latenciesMilliseconds.sort()
        return total
    }

    private static func drive(port: Int, request: [UInt8], until deadline: UInt64, expect: Int) -> Result {
        let cpuAtStart = threadCPUSeconds()
        var result = Result()
        var connection = HTTPClientConnection(port: port)
        while DispatchTime.now().uptimeNanoseconds < deadline {
            let start = DispatchTime.now().uptimeNanoseconds
            guard let status = connection?.exchange(request) else {
                result.failures += 1
                connection = HTTPClientConnection(port: port)
                continue
            }
            result.latenciesMilliseconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            result.requests += 1
            if status != expect { result.failures += 1 }
        }
        result.clientCPUSeconds = threadCPUSeconds() - cpuAtStart
        return result
    }

    /// This thread's user + system CPU time.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The whole process's user + system CPU time.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Resident and peak resident memory in MiB, from /proc/self/status.
    static func residentMiB() -> (now: Double, peak: Double) {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
        func field(_ name: String) -> Double {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }),
                  let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
            return kilobytes / 1024
        }
        return (field("VmRSS:"), field("VmHWM:"))
    }

    private static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }

    /// Results gathered from every connection's thread.
    private final class Results: @unchecked Sendable {
        // Guarded by `lock`.
        private var all: [Result] = []
        private let lock = NSLock()

        func add(_ result: Result) { lock.withLock { all.append(result) } }

        func merged() -> Result {
            lock.withLock {
                all.reduce(into: Result()) { total, one in
                    total.requests += one.requests
                    total.failures += one.failures
                    total.latenciesMilliseconds += one.latenciesMilliseconds
                    total.clientCPUSeconds += one.clientCPUSeconds
                }
            }
        }
    }
}
