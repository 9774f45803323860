import Foundation
import Glibc
import SQLite
import Testing

@testable import App

/// The access-log writer's group commit: entries that arrive while a commit is in flight all
/// go into the very next commit (no request queues behind more than the commit in flight),
/// commits run on the writer's own thread, and a failed commit fails only its own entries.
@Suite struct AccessLogWriterTests {
    private static func entry(_ reason: String) -> AccessLogEntry {
        AccessLogEntry(at: Date(), userID: 1, individualID: 2, categories: "", action: "view", reason: reason)
    }

    private static func pool() throws -> DatabasePool {
        try DatabasePool(path: NSTemporaryDirectory() + "tp-log-writer-" + UUID().uuidString + "/log.sqlite", readers: 1)
    }

    @Test func entriesArrivingDuringACommitAllGoIntoTheNextCommit() throws {
        let batches = Locked<[[String]]>([])
        let committingThreads = Locked<Set<UInt>>([])
        let firstCommitStarted = DispatchSemaphore(value: 0)
        let releaseFirstCommit = DispatchSemaphore(value: 0)
        let writer = AccessLogWriter(pool: try Self.pool()) { entries in
            let isFirst = batches.update { batches in
                batches.append(entries.map(\.reason))
                return batches.count == 1
            }
            committingThreads.update { _ = $0.insert(UInt(pthread_self())) }
            if isFirst {
                firstCommitStarted.signal()
                releaseFirstCommit.wait()
            }
        }
        let callers = Locked<Set<UInt>>([])
        let done = DispatchGroup()
        func record(_ reason: String) {
            done.enter()
            Thread.detachNewThread {
                callers.update { _ = $0.insert(UInt(pthread_self())) }
                #expect(throws: Never.self) { try writer.record(Self.entry(reason)) }
                done.leave()
            }
        }
        record("a")
        firstCommitStarted.wait()
        for reason in ["b", "c", "d"] { record(reason) }
        var waited = 0
        while writer.queuedEntries < 3, waited < 5_000 {
            usleep(1_000)
            waited += 1
        }
        #expect(writer.queuedEntries == 3)
        releaseFirstCommit.signal()
        done.wait()
        #expect(batches.value.count == 2)
        #expect(batches.value.first == ["a"])
        #expect(Set(batches.value.last ?? []) == ["b", "c", "d"])
        #expect(writer.batchesWritten == 2)
        #expect(committingThreads.value.isDisjoint(with: callers.value))
        let timings = writer.takeTimings()
        #expect(timings.commits == 2)
        #expect(timings.entries == 4)
        #expect(timings.longestQueueSeconds <= timings.longestWaitSeconds)
    }

    @Test func aFailedCommitFailsOnlyItsOwnEntries() throws {
        struct DiskFull: Error {}
        let committed = Locked<[String]>([])
        let writer = AccessLogWriter(pool: try Self.pool()) { entries in
            if entries.contains(where: { $0.reason == "refused" }) { throw DiskFull() }
            committed.update { $0 += entries.map(\.reason) }
        }
        #expect(throws: AccessLogWriter.AccessLogError.notWritten) { try writer.record(Self.entry("refused")) }
        try writer.record([Self.entry("one"), Self.entry("two")])
        try writer.record(Self.entry("three"))
        #expect(committed.value == ["one", "two", "three"])
        #expect(writer.batchesWritten == 3)
    }

    @Test func aCallerWhoseEntriesSpanSeveralCommitsReturnsAfterTheLastAndFailsIfAnyFailed() throws {
        struct DiskFull: Error {}
        let batches = Locked<[[String]]>([])
        let writer = AccessLogWriter(pool: try Self.pool(), maximumBatch: 2) { entries in
            batches.update { $0.append(entries.map(\.reason)) }
            if entries.contains(where: { $0.reason == "refused" }) { throw DiskFull() }
        }
        #expect(throws: AccessLogWriter.AccessLogError.notWritten) {
            try writer.record(["a", "b", "refused", "c", "d"].map(Self.entry))
        }
        #expect(batches.value == [["a", "b"], ["refused", "c"], ["d"]])
        try writer.record(["x", "y", "z"].map(Self.entry))
        #expect(batches.value.suffix(2) == [["x", "y"], ["z"]])
    }
}
