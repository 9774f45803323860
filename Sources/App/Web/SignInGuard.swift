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

    /// Lets an attempt go ahead now, or returns the whole seconds it must still wait.
    ///
    /// An admitted attempt counts as a failure at once (until `recordSuccess`), in the same
    /// lock as the check, so guesses sent in parallel cannot all pass before any is counted.
    func admit(email: String, clientAddress: String, now: Date) -> Int? {
        records.withLock { table in
            let emailKey = Self.key(email: email), addressKey = Self.key(address: clientAddress)
            let waits = [
                accountThrottle.waitRemaining(table[emailKey], now: now),
                addressThrottle.waitRemaining(table[addressKey], now: now),
            ].compactMap { $0 }
            if let wait = waits.max() { return Int(wait.rounded(.up)) }
            table[emailKey] = accountThrottle.recordingFailure(table[emailKey], now: now)
            table[addressKey] = addressThrottle.recordingFailure(table[addressKey], now: now)
            if table.count > 100_000 {
                table = table.filter { !addressThrottle.isForgotten($0.value, now: now) }
            }
            return nil
        }
    }

    /// After a successful sign-in: forgets the email address's failures and takes the
    /// admitted attempt back off the client address's count.
    func recordSuccess(email: String, clientAddress: String) {
        records.withLock { table in
            table.removeValue(forKey: Self.key(email: email))
            let addressKey = Self.key(address: clientAddress)
            guard var record = table[addressKey] else { return }
            record.failures -= 1
            table[addressKey] = record.failures > 0 ? record : nil
        }
    }

    private static func key(email: String) -> String { "email:" + AccountRules.normalisedEmail(email) }
    private static func key(address: String) -> String { "address:" + address }
}
