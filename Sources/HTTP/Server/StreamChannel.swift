/// Carries a streamed body from its producer (a worker) to the owning event loop, blocking
/// the producer while more than `highWater` bytes wait to be sent (back-pressure).
final class StreamChannel: BodySink {
    /// Bytes queued plus not yet written to the socket before `send` blocks.
    static let highWater = 256 * 1024

    struct State: Sendable {
        var chunks: [[UInt8]] = []
        var queued = 0
        var backlog = 0
        var finished = false
        var failed = false
        var cancelled = false
    }

    /// What the loop takes in one go.
    struct Batch {
        var chunks: [[UInt8]]
        var finished: Bool
        var failed: Bool
    }

    private let state = ConditionLock(State())
    private let loop: EventLoop
    private let fd: Int32
    private let generation: UInt32

    init(loop: EventLoop, fd: Int32, generation: UInt32) {
        self.loop = loop
        self.fd = fd
        self.generation = generation
    }

    func send(_ bytes: [UInt8]) throws(HTTPError) {
        let outcome: Bool? = state.withLock(
            waitingUntil: { $0.cancelled || $0.queued + $0.backlog < Self.highWater }
        ) { state in
            if state.cancelled { return nil }
            let wasEmpty = state.chunks.isEmpty
            state.chunks.append(bytes)
            state.queued += bytes.count
            return wasEmpty
        }
        guard let notify = outcome else { throw .clientDisconnected }
        if notify { loop.post(.streamReady(fd: fd, generation: generation)) }
    }

    /// Called by the producer when its closure returns or throws.
    func finish(failed: Bool) {
        state.withLock {
            $0.finished = true
            $0.failed = failed
        }
        loop.post(.streamReady(fd: fd, generation: generation))
    }

    /// Loop side: takes every queued chunk and records what the socket still holds.
    func take(backlog: Int) -> Batch {
        let batch = state.withLock { state in
            let batch = Batch(chunks: state.chunks, finished: state.finished, failed: state.failed)
            state.chunks = []
            state.queued = 0
            state.backlog = backlog
            return batch
        }
        state.broadcast()
        return batch
    }

    /// Loop side: the socket drained to `backlog` bytes.
    func updateBacklog(_ backlog: Int) {
        state.withLock { $0.backlog = backlog }
        state.broadcast()
    }

    /// Loop side: the connection is gone; `send` throws from now on.
    func cancel() {
        state.withLock { $0.cancelled = true }
        state.broadcast()
    }
}
