import Foundation
import SQLite
import Synchronization

/// One access log entry: who read what of whose information, when and why.
struct AccessLogEntry: Sendable {
    let at: Date
    let userID: Int64?
    let individualID: Int64?
    let categories: String
    let action: String
    let reason: String
}

/// Writes access log entries so that each is committed before its page is sent, grouping the
/// entries of concurrent requests into one transaction.
///
/// Why: with `synchronous=FULL` every commit waits for the disk, so a commit per page view
/// would cap page views at the disk's fsync rate. Here one committer thread commits
/// everything queued so far in one transaction, then at once everything that arrived
/// meanwhile (group commit); each caller returns only after the transaction holding its entry
/// has committed, and throws if it failed, so no page is sent unlogged. An entry therefore
/// waits for at most the commit already in flight, then its own.
///
/// Why a thread of its own, and a wake-up per caller: before, the first waiting request
/// committed for the others and every waiter was woken (`broadcast`) after each commit to
/// look for its own. On busy cores the woken crowd queued for the lock the next batch needed,
/// and a request's thread had to be scheduled before the next batch could start: entries
/// queued up to twice as long as the longest commit (BENCHMARKS.md §9e). Now the committer
/// goes straight on to the next batch, wakes exactly the callers whose entries it committed,
/// and exits after a second with nothing to do (the next entry starts it again).
final class AccessLogWriter: Sendable {
    /// One caller waiting for its entries: signalled once, after the commit of its last entry.
    private final class Waiter: Sendable {
        let committed = DispatchSemaphore(value: 0)
        let failed = Atomic<Bool>(false)
    }

    /// An entry waiting for its commit, with when it arrived and who waits for it.
    private struct Queued: Sendable {
        let entry: AccessLogEntry
        let arrived: UInt64
        let waiter: Waiter
        /// The caller's last entry: its commit is the one the caller waits for.
        let isLast: Bool
    }

    /// The queue, whether the committer runs, and the counts for the benchmark and tests.
    private struct State: Sendable {
        var pending: [Queued] = []
        var committerRunning = false
        var batchesWritten = 0
        var timings = Timings()
    }

    /// How long requests waited for their entries to be committed, how long entries queued
    /// before the commit holding them began, and how long commits took (for the pages
    /// benchmark: an entry should queue for at most the commit already in flight).
    struct Timings: Sendable {
        var longestWaitSeconds = 0.0
        var longestQueueSeconds = 0.0
        var longestCommitSeconds = 0.0
        var totalCommitSeconds = 0.0
        var commits = 0
        var entries = 0
    }

    /// How long the committer stays when there is nothing to commit.
    private static let idleSeconds = 1.0

    private let pool: DatabasePool
    /// At most this many entries per transaction; 1 turns grouping off (for the benchmark).
    private let maximumBatch: Int
    private let state = Mutex(State())
    /// Wakes the committer when entries arrive.
    private let arrivals = DispatchSemaphore(value: 0)

    /// Writes a batch in one transaction; replaced only by the benchmark's no-log baseline and tests.
    private let commit: @Sendable ([AccessLogEntry]) throws -> Void

    init(pool: DatabasePool, maximumBatch: Int = 1_000, commit: (@Sendable ([AccessLogEntry]) throws -> Void)? = nil) {
        self.pool = pool
        self.maximumBatch = max(1, maximumBatch)
        self.commit = commit ?? { entries in try Self.insert(entries, into: pool) }
    }

    /// Appends `entry` and returns once it is committed.
    func record(_ entry: AccessLogEntry) throws {
        try record([entry])
    }

    /// Appends `entries` and returns once all are committed (in one transaction or more).
    func record(_ entries: [AccessLogEntry]) throws {
        guard !entries.isEmpty else { return }
        let arrived = DispatchTime.now().uptimeNanoseconds
        let waiter = Waiter()
        let startsCommitter = state.withLock { state in
            for (index, entry) in entries.enumerated() {
                state.pending.append(Queued(entry: entry, arrived: arrived, waiter: waiter, isLast: index == entries.count - 1))
            }
            defer { state.committerRunning = true }
            return !state.committerRunning
        }
        if startsCommitter {
            Thread.detachNewThread { [self] in commitUntilIdle() }
        } else {
            arrivals.signal()
        }
        ComputeSlots.giveUpSlot()
        waiter.committed.wait()
        let waited = Self.seconds(since: arrived)
        state.withLock { state in
            state.timings.longestWaitSeconds = max(state.timings.longestWaitSeconds, waited)
            state.timings.entries += entries.count
        }
        if waiter.failed.load(ordering: .acquiring) { throw AccessLogError.notWritten }
    }

    /// The committer: commits what is queued, batch after batch, until idle for `idleSeconds`.
    private func commitUntilIdle() {
        while true {
            let started = DispatchTime.now().uptimeNanoseconds
            let batch = state.withLock { state -> [Queued]? in
                guard !state.pending.isEmpty else { return nil }
                let batch = Array(state.pending.prefix(maximumBatch))
                state.pending.removeFirst(batch.count)
                state.timings.longestQueueSeconds = max(
                    state.timings.longestQueueSeconds, Double(started - min(started, batch[0].arrived)) / 1e9)
                return batch
            }
            guard let batch else {
                if arrivals.wait(timeout: .now() + Self.idleSeconds) == .timedOut {
                    let stops = state.withLock { state in
                        if state.pending.isEmpty { state.committerRunning = false }
                        return !state.committerRunning
                    }
                    if stops { return }
                }
                continue
            }
            let succeeded = (try? commit(batch.map(\.entry))) != nil
            let took = Self.seconds(since: started)
            state.withLock { state in
                state.timings.longestCommitSeconds = max(state.timings.longestCommitSeconds, took)
                state.timings.totalCommitSeconds += took
                state.timings.commits += 1
                state.batchesWritten += 1
            }
            for queued in batch {
                if !succeeded { queued.waiter.failed.store(true, ordering: .releasing) }
                if queued.isLast { queued.waiter.committed.signal() }
            }
        }
    }

    /// How many transactions have been written, for the benchmark and tests.
    var batchesWritten: Int {
        state.withLock { $0.batchesWritten }
    }

    /// How many entries wait for a commit to begin, for tests.
    var queuedEntries: Int {
        state.withLock { $0.pending.count }
    }

    /// The timings since the last call, which starts them afresh.
    func takeTimings() -> Timings {
        state.withLock { state in
            defer { state.timings = Timings() }
            return state.timings
        }
    }

    private static func seconds(since start: UInt64) -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        return Double(now - min(now, start)) / 1e9
    }

    private static func insert(_ entries: [AccessLogEntry], into pool: DatabasePool) throws {
        try pool.write { db in try AccessLogStore.append(entries, db) }
    }

    /// The log could not be written, so the information must not be shown.
    enum AccessLogError: Error {
        case notWritten
    }
}
