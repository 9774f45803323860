import Foundation
import Testing
@testable import Domain

@Suite struct SignInThrottleTests {
    let throttle = SignInThrottle(maximumFailures: 3, window: 600, lockout: 900)
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func failures(_ count: Int, every seconds: TimeInterval) -> SignInThrottle.Record? {
        var record: SignInThrottle.Record?
        for index in 0..<count {
            record = throttle.recordingFailure(record, now: start.addingTimeInterval(Double(index) * seconds))
        }
        return record
    }

    @Test func allowsAttemptsBelowTheLimit() {
        let record = failures(2, every: 10)
        #expect(!throttle.isLocked(record, now: start.addingTimeInterval(20)))
    }

    @Test func locksAtTheLimitUntilTheLockoutPasses() {
        let record = failures(3, every: 10)
        let last = start.addingTimeInterval(20)
        #expect(throttle.isLocked(record, now: last.addingTimeInterval(1)))
        #expect(throttle.isLocked(record, now: last.addingTimeInterval(899)))
        #expect(!throttle.isLocked(record, now: last.addingTimeInterval(900)))
    }

    @Test func failuresSpreadBeyondTheWindowStartAfresh() {
        let record = failures(3, every: 400)
        #expect(record?.failures == 1)
        #expect(!throttle.isLocked(record, now: start.addingTimeInterval(801)))
    }

    @Test func noRecordIsNeverLocked() {
        #expect(!throttle.isLocked(nil, now: start))
    }
}

@Suite struct SessionLifetimeTests {
    let lifetime = SessionLifetime(idle: 60, absolute: 3600)
    let created = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func validWhileUsedWithinIdleAndAbsoluteLimits() {
        #expect(lifetime.isValid(createdAt: created, lastSeenAt: created.addingTimeInterval(100), now: created.addingTimeInterval(150)))
    }

    @Test func endsAfterIdleTime() {
        #expect(!lifetime.isValid(createdAt: created, lastSeenAt: created, now: created.addingTimeInterval(60)))
    }

    @Test func endsAtTheAbsoluteLimitEvenWhenActive() {
        let now = created.addingTimeInterval(3600)
        #expect(!lifetime.isValid(createdAt: created, lastSeenAt: now.addingTimeInterval(-1), now: now))
    }
}
