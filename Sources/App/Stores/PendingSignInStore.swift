import Domain
import Foundation
import SQLite

/// A sign-in whose password was right and whose second step is still to come.
struct PendingSignIn: Sendable {
    let tokenDigest: String
    let userID: Int64
    let step: SecondFactorRules.Step
    let nextPath: String
}

/// SQL for pending sign-ins, found by the digest of their token and only until they expire.
enum PendingSignInStore {
    static func create(
        tokenDigest: String, userID: Int64, step: SecondFactorRules.Step, nextPath: String, now: Date, _ db: Database
    ) throws {
        try db.execute(
            """
            INSERT INTO pending_sign_ins (token_digest, user_id, purpose, next_path, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """, tokenDigest, userID, step.rawValue, nextPath, now, now.addingTimeInterval(SecondFactorRules.pendingLifetime))
    }

    /// The live pending sign-in with this digest, if it has not expired and its account is active.
    static func find(tokenDigest: String, now: Date, _ db: Database) throws -> PendingSignIn? {
        try db.queryOne(
            """
            SELECT p.token_digest, p.user_id, p.purpose, p.next_path FROM pending_sign_ins p
            JOIN users u ON u.id = p.user_id
            WHERE p.token_digest = ? AND p.expires_at > ? AND p.failed_attempts < ? AND u.active = 1
            """, tokenDigest, now, SecondFactorRules.attemptsPerPendingSignIn
        ).map { row in
            PendingSignIn(
                tokenDigest: try row.get("token_digest"), userID: try row.get("user_id"),
                step: try StoredVocabulary.decode(SecondFactorRules.Step.self, try row.get("purpose"), column: "pending_sign_ins.purpose"),
                nextPath: try row.get("next_path"))
        }
    }

    /// Wrong codes entered for the account on its pending sign-ins that have not expired.
    static func recentFailures(userID: Int64, now: Date, _ db: Database) throws -> Int {
        try db.scalar("SELECT coalesce(sum(failed_attempts), 0) FROM pending_sign_ins WHERE user_id = ? AND expires_at > ?", userID, now) ?? 0
    }

    static func recordFailure(tokenDigest: String, _ db: Database) throws {
        try db.execute("UPDATE pending_sign_ins SET failed_attempts = failed_attempts + 1 WHERE token_digest = ?", tokenDigest)
    }

    /// Ends every pending sign-in of the account (on completion, and on a reset), and any expired one.
    static func removeAll(userID: Int64, now: Date, _ db: Database) throws {
        try db.execute("DELETE FROM pending_sign_ins WHERE user_id = ? OR expires_at <= ?", userID, now)
    }
}
