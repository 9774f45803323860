import Glibc
import Synchronization

/// Counts what a streaming producer managed to write, and whether it was cancelled.
final class StreamProbe: Sendable {
    private let state = Mutex((written: 0, cancelled: false))
    func add(_ count: Int) { state.withLock { $0.written += count } }
    func cancel() { state.withLock { $0.cancelled = true } }
    var written: Int { state.withLock { $0.written } }
    var cancelled: Bool { state.withLock { $0.cancelled } }
}

/// A thread-safe one-way switch (test helper).
final class Flag: Sendable {
    private let value = Mutex(false)
    func set() { value.withLock { $0 = true } }
    var isSet: Bool { value.withLock { $0 } }
}

/// Runs a closure on a new thread (test helper).
enum TestThread {
    private final class Box {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    static func detach(_ body: @escaping @Sendable () -> Void) {
        var thread = pthread_t()
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        pthread_create(
            &thread, nil,
            { raw in
                Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue().body()
                return nil
            }, box)
        pthread_detach(thread)
    }
}

/// Seconds since creation, on the monotonic clock.
struct Elapsed {
    private let start = Elapsed.now()

    var seconds: Double { Elapsed.now() - start }

    private static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
