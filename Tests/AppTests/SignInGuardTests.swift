import Domain
import Foundation
import Testing
@testable import App

/// The guard counts an attempt when it admits it, so parallel guesses share one allowance.
@Suite struct SignInGuardTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func attemptsStillInFlightCountAgainstTheAllowance() {
        let guardian = SignInGuard()
        for index in 0..<3 {
            #expect(guardian.admit(email: "sam@example.org", clientAddress: "10.0.0.\(index)", now: start) == nil)
        }
        #expect(guardian.admit(email: "Sam@Example.org", clientAddress: "10.0.0.9", now: start) == 1)
        #expect(guardian.admit(email: "sam@example.org", clientAddress: "10.0.0.9", now: start.addingTimeInterval(1)) == nil)
    }

    @Test func aSuccessClearsTheAccountAndGivesTheAddressItsAttemptBack() {
        let guardian = SignInGuard(addressThrottle: SignInThrottle(freeFailures: 2))
        #expect(guardian.admit(email: "a@example.org", clientAddress: "192.0.2.7", now: start) == nil)
        #expect(guardian.admit(email: "sam@example.org", clientAddress: "192.0.2.7", now: start) == nil)
        guardian.recordSuccess(email: "sam@example.org", clientAddress: "192.0.2.7")
        #expect(guardian.admit(email: "b@example.org", clientAddress: "192.0.2.7", now: start) == nil)
        #expect(guardian.admit(email: "c@example.org", clientAddress: "192.0.2.7", now: start) == 1)
    }
}
