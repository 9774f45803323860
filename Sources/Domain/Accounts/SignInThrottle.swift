import Foundation

/// Slows down password guessing by making each attempt wait longer after repeated failures,
/// instead of locking the right password out.
///
/// After `freeFailures` failed sign-ins for one key (an account, or an address) the next
/// attempt must wait `firstDelay`, and each further failure doubles the wait up to
/// `maximumDelay`. An attempt after the wait is judged normally, so the right password
/// always gets in eventually. Failures are forgotten `forgetAfter` the last one; a success
/// clears the record.
///
/// Why: OWASP ASVS 2.2.1 asks for anti-automation that does not let anyone lock a real user
/// out; an exponential delay makes online guessing slow (a capped wait of 15 minutes allows
/// under 100 guesses a day) while a person who mistypes waits seconds.
public struct SignInThrottle: Sendable {
    /// Failures remembered for one key.
    public struct Record: Sendable, Equatable {
        public var failures: Int
        public var lastFailureAt: Date

        public init(failures: Int, lastFailureAt: Date) {
            self.failures = failures
            self.lastFailureAt = lastFailureAt
        }
    }

    public var freeFailures: Int
    public var firstDelay: TimeInterval
    public var maximumDelay: TimeInterval
    public var forgetAfter: TimeInterval

    public init(
        freeFailures: Int = 3, firstDelay: TimeInterval = 1, maximumDelay: TimeInterval = 15 * 60,
        forgetAfter: TimeInterval = 24 * 60 * 60
    ) {
        self.freeFailures = freeFailures
        self.firstDelay = firstDelay
        self.maximumDelay = maximumDelay
        self.forgetAfter = forgetAfter
    }

    /// How long the next attempt must wait after the record's last failure.
    public func delay(after failures: Int) -> TimeInterval {
        guard failures >= freeFailures else { return 0 }
        let doublings = min(failures - freeFailures, 62)
        return min(firstDelay * pow(2, Double(doublings)), maximumDelay)
    }

    /// The seconds still to wait at `now` before an attempt is judged, or nil when it may go ahead.
    ///
    /// Below `freeFailures` there is never a wait, even when a concurrent attempt with a later
    /// clock reading recorded the last failure (found by the soak: an attempt that read the clock
    /// first, then waited for a worker, was told to wait behind one that came after it).
    public func waitRemaining(_ record: Record?, now: Date) -> TimeInterval? {
        guard let record, delay(after: record.failures) > 0 else { return nil }
        let remaining = record.lastFailureAt.addingTimeInterval(delay(after: record.failures)).timeIntervalSince(now)
        return remaining > 0 ? remaining : nil
    }

    /// Whether the record may be dropped at `now`: its failures are forgotten.
    public func isForgotten(_ record: Record, now: Date) -> Bool {
        now.timeIntervalSince(record.lastFailureAt) > forgetAfter
    }

    /// The record after one more failure at `now`; a forgotten record starts afresh.
    public func recordingFailure(_ record: Record?, now: Date) -> Record {
        guard let record, !isForgotten(record, now: now) else { return Record(failures: 1, lastFailureAt: now) }
        return Record(failures: record.failures + 1, lastFailureAt: now)
    }
}
