import Glibc

/// A pthread mutex and condition variable guarding one value: the blocking hand-off the
/// worker pool and streamed bodies need (Synchronization's Mutex cannot wait).
///
/// `@unchecked Sendable` invariant: `state` is read or written only between
/// `pthread_mutex_lock` and `pthread_mutex_unlock` on `mutex`, inside `withLock`.
final class ConditionLock<State: Sendable>: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var state: State

    init(_ initial: State) {
        state = initial
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    /// Runs `body` with the state locked.
    func withLock<R>(_ body: (inout State) -> R) -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body(&state)
    }

    /// Waits (releasing the lock) until `ready` holds, then runs `body` with the state locked.
    func withLock<R>(waitingUntil ready: (State) -> Bool, _ body: (inout State) -> R) -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while !ready(state) {
            pthread_cond_wait(condition, mutex)
        }
        return body(&state)
    }

    /// Like `withLock(waitingUntil:_:)` but gives up after `nanoseconds`, passing `false`.
    func withLock<R>(
        waitingUntil ready: (State) -> Bool, timeout nanoseconds: UInt64,
        _ body: (inout State, Bool) -> R
    ) -> R {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        let total = UInt64(spec.tv_nsec) + nanoseconds
        spec.tv_sec += Int(total / 1_000_000_000)
        spec.tv_nsec = Int(total % 1_000_000_000)
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while !ready(state) {
            if pthread_cond_timedwait(condition, mutex, &spec) == ETIMEDOUT {
                return body(&state, ready(state))
            }
        }
        return body(&state, true)
    }

    /// Wakes every waiter to re-check its condition.
    func broadcast() {
        pthread_cond_broadcast(condition)
    }

    /// Wakes one waiter.
    func signal() {
        pthread_cond_signal(condition)
    }
}
