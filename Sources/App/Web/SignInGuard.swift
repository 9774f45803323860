import Domain
import Foundation
import Synchronization

/// Remembers failed sign-ins per email address and per client address, and refuses further
/// attempts while either is locked (`SignInThrottle` holds the rule).
///
/// Kept in memory: keyed by the address typed, whether or not an account has it, so a
/// lock-out never reveals which addresses have accounts. A restart forgets it, which only
/// gives an attacker the throttle's allowance again.
final class SignInGuard: Sendable {
    private let throttle: SignInThrottle
    private let records = Mutex<[String: SignInThrottle.Record]>([:])

    init(throttle: SignInThrottle = SignInThrottle()) {
        self.throttle = throttle
    }

    /// Whether attempts for this email address or from this client are refused now.
    func isLocked(email: String, clientAddress: String, now: Date) -> Bool {
        records.withLock { table in
            throttle.isLocked(table[Self.key(email: email)], now: now)
                || throttle.isLocked(table[Self.key(address: clientAddress)], now: now)
        }
    }

    func recordFailure(email: String, clientAddress: String, now: Date) {
        records.withLock { table in
            for key in [Self.key(email: email), Self.key(address: clientAddress)] {
                table[key] = throttle.recordingFailure(table[key], now: now)
            }
            if table.count > 100_000 {
                table = table.filter { throttle.isLocked($0.value, now: now) }
            }
        }
    }

    func recordSuccess(email: String) {
        _ = records.withLock { $0.removeValue(forKey: Self.key(email: email)) }
    }

    private static func key(email: String) -> String { "email:" + AccountRules.normalisedEmail(email) }
    private static func key(address: String) -> String { "address:" + address }
}
