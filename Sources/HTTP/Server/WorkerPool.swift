/// A fixed set of threads running blocking jobs (responders, streamed bodies) off the loops.
final class WorkerPool: Sendable {
    typealias Job = @Sendable () -> Void

    private struct Queue: Sendable {
        var jobs: [Job] = []
        var head = 0
        var stopped = false

        var isEmpty: Bool { head == jobs.count }

        mutating func pop() -> Job {
            let job = jobs[head]
            head += 1
            if head == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                head = 0
            } else if head > 1024 && head * 2 > jobs.count {
                jobs.removeFirst(head)
                head = 0
            }
            return job
        }
    }

    private let queue = ConditionLock(Queue())

    /// Starts `threads` workers.
    init(threads: Int) {
        for _ in 0..<max(1, threads) {
            Threads.spawn { [queue] in
                Self.work(queue)
            }
        }
    }

    /// Queues a job; it runs on the next free worker.
    func submit(_ job: @escaping Job) {
        queue.withLock { $0.jobs.append(job) }
        queue.signal()
    }

    /// Lets the workers exit once the queue is empty.
    func stop() {
        queue.withLock { $0.stopped = true }
        queue.broadcast()
    }

    private static func work(_ queue: ConditionLock<Queue>) {
        while true {
            let job: Job? = queue.withLock(waitingUntil: { !$0.isEmpty || $0.stopped }) { state in
                state.isEmpty ? nil : state.pop()
            }
            guard let job else { return }
            job()
        }
    }
}
