import Dispatch
import Foundation

/// Two pieces of work at once: the second on a thread of its own, the first on the caller's.
///
/// A thread is started for each call rather than taken from Dispatch's pool: in the server,
/// `DispatchQueue.concurrentPerform` ran both pieces one after the other on the caller's thread
/// (measured: no gain at all), and a report-sized piece of work (tens of milliseconds) dwarfs
/// the cost of starting a thread.
package enum SideBySide {
    /// Runs both closures, the second on another thread, and returns both results or the first
    /// error either threw; both have finished when it returns.
    package static func run<First, Second>(_ first: () throws -> First, _ second: () throws -> Second) throws -> (First, Second) {
        try withoutActuallyEscaping(first) { first in
            try withoutActuallyEscaping(second) { second in
                let one = Handoff(first)
                let other = Handoff(second)
                let done = DispatchSemaphore(value: 0)
                let thread = Thread {
                    other.run()
                    done.signal()
                }
                thread.start()
                one.run()
                done.wait()
                return (try one.value(), try other.value())
            }
        }
    }
}

/// One closure handed to another thread and its result handed back.
///
/// Sendable invariant (why `@unchecked` is sound): `run` is called on exactly one thread, and
/// `value` only after that thread has signalled that `run` returned. `run` lets go of the
/// closure before it returns, so the closure never outlives the call that lent it
/// (`withoutActuallyEscaping` checks that) even while the thread object lingers.
private final class Handoff<Value>: @unchecked Sendable {
    private var work: (() throws -> Value)?
    private var result: Result<Value, any Error>?

    init(_ work: @escaping () throws -> Value) {
        self.work = work
    }

    func run() {
        guard let work else { preconditionFailure("a handoff runs once") }
        self.work = nil
        result = Result { try work() }
    }

    func value() throws -> Value {
        guard let result else { preconditionFailure("the work ran before its value was asked for") }
        return try result.get()
    }
}
