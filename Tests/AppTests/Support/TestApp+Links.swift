import Foundation
import Hashing
@testable import App

extension TestApp {
    /// A usable one-time link (a password reset by default) for `userID`, made directly in the
    /// store as a manager's reset would make it; returns the token its `/welcome/` path carries.
    func oneTimeLinkToken(for userID: Int64, purpose: LinkPurpose = .reset) throws -> String {
        let token = SessionToken.generate()
        try pool.write { db in
            try OneTimeLinkStore.create(
                tokenDigest: SessionToken.digest(token), purpose: purpose, userID: userID, now: now,
                expiresAt: now.addingTimeInterval(60 * 60), db)
        }
        return token
    }
}
