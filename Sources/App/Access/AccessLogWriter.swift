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
/// would cap page views at the disk's fsync rate. Here the first waiting request commits
/// everything queued so far in one transaction (leader/follower group commit); requests that
/// arrive meanwhile form the next batch. Each caller returns only after the transaction
/// holding its entry has committed, and throws if it failed, so no page is sent unlogged.
final class AccessLogWriter: Sendable {
    private struct State {
        var pending: [(ticket: Int, entry: AccessLogEntry)] = []
        var nextTicket = 1
        var committedThrough = 0
        var failed: Set<Int> = []
        var flushing = false
        var batchesWritten = 0
        var timings = Timings()
    }

    /// How long requests waited for their entries to be committed, and how long commits took
    /// (for the pages benchmark: a request should wait for at most the commit already in
    /// flight and then its own).
    struct Timings: Sendable {
        var longestWaitSeconds = 0.0
        var longestCommitSeconds = 0.0
        var entries = 0
    }

    private let pool: DatabasePool
    /// At most this many entries per transaction; 1 turns grouping off (for the benchmark).
    private let maximumBatch: Int
    private let condition = NSCondition()
    // Guarded by `condition`; never touched without holding it.
    nonisolated(unsafe) private var state = State()

    /// Writes a batch in one transaction; replaced only by the benchmark's no-log baseline.
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
        var ticket = 0
        for entry in entries {
            ticket = state.nextTicket
            state.nextTicket += 1
            state.pending.append((ticket, entry))
        }
        while state.committedThrough < ticket {
            if state.flushing {
                condition.wait()
                continue
            }
            state.flushing = true
            let batch = Array(state.pending.prefix(maximumBatch))
            state.pending.removeFirst(batch.count)
            condition.unlock()
            let started = DispatchTime.now().uptimeNanoseconds
            let succeeded = (try? commit(batch.map(\.entry))) != nil
            let took = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            condition.lock()
            state.timings.longestCommitSeconds = max(state.timings.longestCommitSeconds, took)
            if !succeeded { state.failed.formUnion(batch.map(\.ticket)) }
            state.batchesWritten += 1
            state.committedThrough = max(state.committedThrough, batch.last?.ticket ?? 0)
            state.flushing = false
            condition.broadcast()
        }
        let first = ticket - entries.count + 1
        let failed = (first...ticket).contains { state.failed.remove($0) != nil }
        state.timings.longestWaitSeconds = max(state.timings.longestWaitSeconds, Double(DispatchTime.now().uptimeNanoseconds - arrived) / 1e9)
        state.timings.entries += entries.count
        condition.unlock()
        if failed { throw AccessLogError.notWritten }
    }

    /// How many transactions have been written, for the benchmark and tests.
    var batchesWritten: Int {
        condition.lock()
        defer { condition.unlock() }
        return state.batchesWritten
    }

    /// The timings since the last call, which starts them afresh.
    func takeTimings() -> Timings {
        condition.lock()
        defer { condition.unlock() }
        let timings = state.timings
        state.timings = Timings()
        return timings
    }

    private static func insert(_ entries: [AccessLogEntry], into pool: DatabasePool) throws {
        try pool.write { db in try AccessLogStore.append(entries, db) }
    }

    /// The log could not be written, so the information must not be shown.
    enum AccessLogError: Error {
        case notWritten
    }
}
