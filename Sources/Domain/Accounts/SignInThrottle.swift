import Foundation

/// Slows down password guessing: after `maximumFailures` failed sign-ins within `window`,
/// further attempts for the same key (an account, or an address) are refused until
/// `lockout` has passed since the last failure. A success clears the record.
///
/// Why: OWASP's authentication guidance asks for throttling per account and per source,
/// without revealing which of the two (or whether the account exists) caused it.
public struct SignInThrottle: Sendable {
    /// Failures remembered for one key.
    public struct Record: Sendable, Equatable {
        public var failures: Int
        public var firstFailureAt: Date
        public var lastFailureAt: Date

        public init(failures: Int, firstFailureAt: Date, lastFailureAt: Date) {
            self.failures = failures
            self.firstFailureAt = firstFailureAt
            self.lastFailureAt = lastFailureAt
        }
    }

    public var maximumFailures: Int
    public var window: TimeInterval
    public var lockout: TimeInterval

    public init(maximumFailures: Int = 5, window: TimeInterval = 15 * 60, lockout: TimeInterval = 15 * 60) {
        self.maximumFailures = maximumFailures
        self.window = window
        self.lockout = lockout
    }

    /// Whether attempts under this record are refused at `now`.
    public func isLocked(_ record: Record?, now: Date) -> Bool {
        guard let record, record.failures >= maximumFailures else { return false }
        return now < record.lastFailureAt.addingTimeInterval(lockout)
    }

    /// The record after one more failure at `now`; failures older than the window start afresh.
    public func recordingFailure(_ record: Record?, now: Date) -> Record {
        guard let record, now.timeIntervalSince(record.firstFailureAt) <= window || isLocked(record, now: now) else {
            return Record(failures: 1, firstFailureAt: now, lastFailureAt: now)
        }
        return Record(failures: record.failures + 1, firstFailureAt: record.firstFailureAt, lastFailureAt: now)
    }
}
