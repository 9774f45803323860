import Domain
import Foundation
import Synchronization

/// Remembers failed sign-ins per email address and per client address, and says how long
/// the next attempt must wait (`SignInThrottle` holds the rule; an address, which may be a
/// shared office's, gets a larger allowance than an account).
///
/// Kept in memory: keyed by the address typed, whether or not an account has it, so a
/// wait never reveals which addresses have accounts. A restart forgets it, which only
/// gives an attacker the throttle's allowance again.
final class SignInGuard: Sendable {
    private let accountThrottle: SignInThrottle
    private let addressThrottle: SignInThrottle
    private let records = Mutex<[String: SignInThrottle.Record]>([:])

    init(
        accountThrottle: SignInThrottle = SignInThrottle(),
        addressThrottle: SignInThrottle = SignInThrottle(freeFailures: 10)
    ) {
        self.accountThrottle = accountThrottle
        self.addressThrottle = addressThrottle
    }

    /// Whole seconds an attempt for this email address or from this client must still wait, or nil.
    func waitRemaining(email: String, clientAddress: String, now: Date) -> Int? {
        records.withLock { table in
            let waits = [
                accountThrottle.waitRemaining(table[Self.key(email: email)], now: now),
                addressThrottle.waitRemaining(table[Self.key(address: clientAddress)], now: now),
            ].compactMap { $0 }
            return waits.max().map { Int($0.rounded(.up)) }
        }
    }

    /// Counts a failed attempt against the email address and the client address.
    func recordFailure(email: String, clientAddress: String, now: Date) {
        records.withLock { table in
            let emailKey = Self.key(email: email), addressKey = Self.key(address: clientAddress)
            table[emailKey] = accountThrottle.recordingFailure(table[emailKey], now: now)
            table[addressKey] = addressThrottle.recordingFailure(table[addressKey], now: now)
            if table.count > 100_000 {
                table = table.filter { !addressThrottle.isForgotten($0.value, now: now) }
            }
        }
    }

    /// Forgets the failures for this email address after a successful sign-in.
    func recordSuccess(email: String) {
        _ = records.withLock { $0.removeValue(forKey: Self.key(email: email)) }
    }

    private static func key(email: String) -> String { "email:" + AccountRules.normalisedEmail(email) }
    private static func key(address: String) -> String { "address:" + address }
}
