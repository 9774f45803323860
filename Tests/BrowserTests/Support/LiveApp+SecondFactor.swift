import Foundation
import Hashing

@testable import App

/// Two-factor sign-in for journeys: factory accounts that need a second factor are enrolled
/// with one known secret, and codes come from the real clock, as an authenticator app's do.
extension LiveApp {
    /// The TOTP secret (base32) of every factory account enrolled in two-factor sign-in.
    static let secondFactorSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

    /// Enrols `userID` with `LiveApp.secondFactorSecret`, as if it had confirmed a code long ago.
    func enrol(userID: Int64) throws {
        try app.services.pool.write { db in
            try SecondFactorStore.propose(userID: userID, secret: Self.secondFactorSecret, now: Date(), db)
            try SecondFactorStore.confirm(userID: userID, step: 0, recoveryCodeDigests: [], now: Date(), db)
        }
    }

    /// The code `secret` shows now for `email`'s account, after waiting for the next 30-second
    /// step when the account already used this one (a used code is never accepted twice).
    func currentCode(email: String, secret: String = LiveApp.secondFactorSecret) async throws -> String {
        let lastUsed: Int64? = try app.services.pool.read { db in
            try db.scalar(
                "SELECT f.last_used_step FROM second_factors f JOIN users u ON u.id = f.user_id WHERE u.email = ?",
                email.lowercased())
        }
        var now = Date().timeIntervalSince1970
        if let lastUsed, lastUsed >= TOTP.step(at: Int64(now)) {
            let nextStepStart = Double((lastUsed + 1) * TOTP.stepSeconds)
            try await Task.sleep(for: .milliseconds(Int((nextStepStart - now) * 1000) + 200))
            now = Date().timeIntervalSince1970
        }
        return TOTP(secret: Base32.decode(secret)!).code(at: Int64(now))
    }
}
