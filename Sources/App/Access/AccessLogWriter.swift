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
/// Why a thread of its own rather than the first waiting request committing for the others
/// (as before): a request's thread that has just committed must first be woken and scheduled
/// before the next batch can start, which on busy cores left the queue idle for milliseconds
/// (BENCHMARKS.md §9e). The committer goes straight on to the next batch, and exits after a
/// second with nothing to do (the next entry starts it again).
final class AccessLogWriter: Sendable {
    private struct Queued {
        let ticket: Int
        let entry: AccessLogEntry
        let arrived: UInt64
    }

    private struct State {
        var pending: [Queued] = []
        var nextTicket = 1
        var committedThrough = 0
        var failed: Set<Int> = []
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
    /// Guards `state`; callers wait on it for their commit.
    private let condition = NSCondition()
    /// Wakes the committer when entries arrive.
    private let arrivals = DispatchSemaphore(value: 0)
    // Guarded by `condition`; never touched without holding it.
    nonisolated(unsafe) private var state = State()

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
        condition.lock()
        let first = state.nextTicket
        for entry in entries {
            state.pending.append(Queued(ticket: state.nextTicket, entry: entry, arrived: arrived))
            state.nextTicket += 1
        }
        let last = state.nextTicket - 1
        let startsCommitter = !state.committerRunning
        state.committerRunning = true
        condition.unlock()
        if startsCommitter {
            Thread.detachNewThread { [self] in commitUntilIdle() }
        } else {
            arrivals.signal()
        }
        condition.lock()
        while state.committedThrough < last {
            condition.wait()
        }
        var failed = false
        for ticket in first...last where state.failed.remove(ticket) != nil { failed = true }
        state.timings.longestWaitSeconds = max(state.timings.longestWaitSeconds, Self.seconds(since: arrived))
        state.timings.entries += entries.count
        condition.unlock()
        if failed { throw AccessLogError.notWritten }
    }

    /// The committer: commits what is queued, batch after batch, until idle for `idleSeconds`.
    private func commitUntilIdle() {
        while true {
            condition.lock()
            guard !state.pending.isEmpty else {
                condition.unlock()
                if arrivals.wait(timeout: .now() + Self.idleSeconds) == .timedOut {
                    condition.lock()
                    defer { condition.unlock() }
                    if state.pending.isEmpty {
                        state.committerRunning = false
                        return
                    }
                }
                continue
            }
            let batch = Array(state.pending.prefix(maximumBatch))
            state.pending.removeFirst(batch.count)
            let started = DispatchTime.now().uptimeNanoseconds
            state.timings.longestQueueSeconds = max(
                state.timings.longestQueueSeconds, Double(started - min(started, batch[0].arrived)) / 1e9)
            condition.unlock()
            let succeeded = (try? commit(batch.map(\.entry))) != nil
            let took = Self.seconds(since: started)
            condition.lock()
            state.timings.longestCommitSeconds = max(state.timings.longestCommitSeconds, took)
            state.timings.totalCommitSeconds += took
            state.timings.commits += 1
            if !succeeded { state.failed.formUnion(batch.map(\.ticket)) }
            state.batchesWritten += 1
            state.committedThrough = batch[batch.count - 1].ticket
            condition.broadcast()
            condition.unlock()
        }
    }

    /// How many transactions have been written, for the benchmark and tests.
    var batchesWritten: Int {
        condition.lock()
        defer { condition.unlock() }
        return state.batchesWritten
    }

    /// How many entries wait for a commit to begin, for tests.
    var queuedEntries: Int {
        condition.lock()
        defer { condition.unlock() }
        return state.pending.count
    }

    /// The timings since the last call, which starts them afresh.
    func takeTimings() -> Timings {
        condition.lock()
        defer { condition.unlock() }
        let timings = state.timings
        state.timings = Timings()
        return timings
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
