import CLinux
import Glibc
import Synchronization

/// An HTTP/1.1 server: one event-loop thread per core, each with its own SO_REUSEPORT
/// listener, plus a bounded worker pool for responders.
///
/// Why SO_REUSEPORT rather than one acceptor: the kernel spreads new connections across the
/// loops' listeners by 4-tuple hash, so accepting needs no cross-thread hand-off and a busy
/// loop never delays another's accepts. Each connection then lives on one loop for good.
public final class HTTPServer: Sendable {
    private enum State {
        case idle
        case running(loops: [EventLoop], workers: WorkerPool, port: Int)
        case stopped(port: Int)
    }

    private let configuration: ServerConfiguration
    private let responder: any HTTPResponder
    private let state = Mutex<State>(.idle)

    /// Creates a server; nothing is bound until `start()`.
    public init(configuration: ServerConfiguration, responder: any HTTPResponder) {
        self.configuration = configuration
        self.responder = responder
    }

    /// Binds, starts the loops and workers, and returns once listening.
    public func start() throws(HTTPError) {
        try state.withLock { (state: inout State) throws(HTTPError) in
            guard case .idle = state else { throw .invalidState }
            clinux_ignore(SIGPIPE)
            Self.raiseFileLimit(toAtLeast: configuration.maxConnections + 1024)
            let loopCount = max(1, configuration.eventLoops)
            var listeners: [Int32] = []
            var port = configuration.port
            for _ in 0..<loopCount {
                do throws(HTTPError) {
                    let fd = try Socket.listen(
                        host: configuration.host, port: port, backlog: configuration.backlog)
                    listeners.append(fd)
                    port = Socket.boundPort(fd)
                } catch {
                    for listener in listeners { close(listener) }
                    throw error
                }
            }
            let workers = WorkerPool(threads: configuration.workerThreads)
            let open = OpenConnections(limit: configuration.maxConnections)
            var loops: [EventLoop] = []
            for fd in listeners {
                loops.append(
                    try EventLoop(
                        configuration: configuration, responder: responder, workers: workers,
                        openConnections: open, listenFD: fd))
            }
            for loop in loops {
                Threads.spawn { loop.run() }
            }
            state = .running(loops: loops, workers: workers, port: port)
        }
    }

    /// The bound port (useful with port 0), or 0 before `start()`.
    public var port: Int {
        state.withLock { state in
            switch state {
            case .idle: 0
            case .running(_, _, let port), .stopped(let port): port
            }
        }
    }

    /// Graceful shutdown: stop accepting, close idle connections, let in-flight requests finish
    /// within `shutdownGracePeriod`, then close everything. Blocks until done; idempotent.
    public func shutdown() {
        let taken: ([EventLoop], WorkerPool)? = state.withLock { state in
            guard case .running(let loops, let workers, let port) = state else { return nil }
            state = .stopped(port: port)
            return (loops, workers)
        }
        guard let (loops, workers) = taken else { return }
        let grace = Monotonic.nanoseconds(fromSeconds: configuration.shutdownGracePeriod)
        let deadline = Monotonic.nanoseconds() + grace
        for loop in loops {
            loop.post(.shutdown(deadline: deadline))
        }
        for loop in loops {
            loop.waitUntilStopped(timeout: grace + 2_000_000_000)
        }
        workers.stop()
    }

    /// Raises the soft open-files limit (up to the hard limit) so `maxConnections` can be met.
    private static func raiseFileLimit(toAtLeast wanted: Int) {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < rlim_t(wanted)
        else { return }
        limit.rlim_cur = min(limit.rlim_max, rlim_t(wanted))
        setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }

    /// Starts if needed, waits for SIGTERM or SIGINT, shuts down gracefully, and returns
    /// (so `main` can exit 0). The signal handler only writes to an eventfd.
    public func runUntilSignal() throws(HTTPError) {
        try runUntilSignal(onReady: {})
    }

    /// `runUntilSignal()` with a hook called once the handlers are installed (for tests).
    func runUntilSignal(onReady: () -> Void) throws(HTTPError) {
        if port == 0 { try start() }
        SignalRelay.wait(for: [SIGTERM, SIGINT], onReady: onReady)
        shutdown()
    }
}
