import Foundation
import Synchronization

/// How many requests may run their handlers at once, first come first served; a request that
/// waits for its access-log entry to be committed gives its slot up for the rest of the request.
///
/// Why: every page view waits for the log's fsync (`AccessLogWriter`). With that wait inside
/// a worker, the server's few workers spent most of their time waiting and the record page
/// was capped by the disk, not the CPU; with many workers all computing at once, pages that
/// need a lot of CPU shared the cores among dozens of requests and their slowest answers got
/// twice as slow (BENCHMARKS.md §9e). So the server runs many workers, but only `limit` of
/// them compute at a time, in arrival order, and the wait for the log happens outside a slot.
///
/// A slot given up is not taken back: the importer waits for the log inside a write
/// transaction, and taking a slot again while holding the writer, with every slot held by
/// requests waiting for the writer, would never end. What follows the log is short anyway.
final class ComputeSlots: Sendable {
    /// One request's claim on a slot, until it gives the slot up or ends.
    final class Claim: Sendable {
        fileprivate let slots: ComputeSlots
        private let held = Atomic<Bool>(true)

        fileprivate init(_ slots: ComputeSlots) { self.slots = slots }

        /// Gives the slot back, once.
        fileprivate func giveUp() {
            if held.exchange(false, ordering: .acquiringAndReleasing) { slots.release() }
        }
    }

    /// The current thread's request's claim, while it runs in a slot.
    @TaskLocal static var claim: Claim?

    /// Free slots, and the requests waiting for one in arrival order (from `head`).
    private struct State {
        var free: Int
        var waiting: [DispatchSemaphore] = []
        var head = 0
    }

    private let state: Mutex<State>

    /// Slots for `limit` requests at once.
    init(limit: Int) {
        state = Mutex(State(free: max(1, limit)))
    }

    /// Runs `body` in a slot, waiting in line for one first.
    func run<T>(_ body: () throws -> T) rethrows -> T {
        acquire()
        let claim = Claim(self)
        defer { claim.giveUp() }
        return try Self.$claim.withValue(claim) { try body() }
    }

    /// Gives up the current request's slot, if it holds one, before a wait that needs no CPU.
    static func giveUpSlot() {
        claim?.giveUp()
    }

    /// Free slots and requests in line, for tests.
    var counts: (free: Int, waiting: Int) {
        state.withLock { ($0.free, $0.waiting.count - $0.head) }
    }

    private func acquire() {
        let ticket = state.withLock { state -> DispatchSemaphore? in
            if state.free > 0 {
                state.free -= 1
                return nil
            }
            let semaphore = DispatchSemaphore(value: 0)
            state.waiting.append(semaphore)
            return semaphore
        }
        ticket?.wait()
    }

    /// Hands the slot to the first in line, or frees it.
    private func release() {
        let next = state.withLock { state -> DispatchSemaphore? in
            guard state.head < state.waiting.count else {
                state.free += 1
                return nil
            }
            let next = state.waiting[state.head]
            state.head += 1
            if state.head == state.waiting.count {
                state.waiting.removeAll(keepingCapacity: true)
                state.head = 0
            }
            return next
        }
        next?.signal()
    }
}
