import Synchronization

/// A value shared between a test and the threads it starts, behind a lock.
final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) { mutex = Mutex(value) }

    /// The current value.
    var value: Value { mutex.withLock { $0 } }

    /// Changes the value under the lock.
    func update<T>(_ body: (inout Value) -> T) -> T { mutex.withLock { body(&$0) } }
}
