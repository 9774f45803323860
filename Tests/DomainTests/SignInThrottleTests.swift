import Foundation
import Testing
@testable import Domain

/// The exponential delay, with the clock passed in.
@Suite struct SignInThrottleTests {
    let throttle = SignInThrottle(freeFailures: 3, firstDelay: 1, maximumDelay: 900, forgetAfter: 86_400)
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func failures(_ count: Int, every seconds: TimeInterval) -> SignInThrottle.Record? {
        var record: SignInThrottle.Record?
        for index in 0..<count {
            record = throttle.recordingFailure(record, now: start.addingTimeInterval(Double(index) * seconds))
        }
        return record
    }

    @Test func noWaitBelowTheAllowance() {
        #expect(throttle.waitRemaining(failures(2, every: 0), now: start) == nil)
        #expect(throttle.waitRemaining(nil, now: start) == nil)
    }

    @Test func noWaitBelowTheAllowanceWhenAConcurrentAttemptReadTheClockLater() {
        let later = throttle.recordingFailure(nil, now: start.addingTimeInterval(2))
        #expect(throttle.waitRemaining(later, now: start) == nil)
    }

    @Test func afterThreeFailuresTheNextAttemptWaitsOneSecond() {
        let record = failures(3, every: 0)
        #expect(throttle.waitRemaining(record, now: start) == 1)
        #expect(throttle.waitRemaining(record, now: start.addingTimeInterval(0.5)) == 0.5)
        #expect(throttle.waitRemaining(record, now: start.addingTimeInterval(1)) == nil)
    }

    @Test(arguments: [(3, 1.0), (4, 2), (5, 4), (8, 32), (12, 512), (13, 900), (40, 900), (10_000, 900)])
    func theWaitDoublesUpToFifteenMinutes(failures: Int, delay: TimeInterval) {
        #expect(throttle.delay(after: failures) == delay)
    }

    @Test func theWaitCountsFromTheLastFailure() {
        let record = failures(5, every: 10)
        let last = start.addingTimeInterval(40)
        #expect(throttle.waitRemaining(record, now: last.addingTimeInterval(3)) == 1)
        #expect(throttle.waitRemaining(record, now: last.addingTimeInterval(4)) == nil)
    }

    @Test func failuresAreForgottenADayAfterTheLast() {
        let record = failures(20, every: 0)
        #expect(throttle.recordingFailure(record, now: start.addingTimeInterval(86_401)).failures == 1)
        #expect(throttle.recordingFailure(record, now: start.addingTimeInterval(86_399)).failures == 21)
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
