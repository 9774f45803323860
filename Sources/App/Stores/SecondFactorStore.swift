import Foundation
import SQLite

/// An account's TOTP secret as stored (base32), and whether enrolment was confirmed.
struct SecondFactorRecord: Sendable {
    let secret: String
    let confirmed: Bool
    let lastUsedStep: Int64?
}

/// SQL for second factors and their recovery codes. The secret is stored readable (a code can
/// only be checked with it); recovery codes only as SHA-256 digests.
enum SecondFactorStore {
    static func find(userID: Int64, _ db: Database) throws -> SecondFactorRecord? {
        try db.queryOne("SELECT secret, confirmed_at, last_used_step FROM second_factors WHERE user_id = ?", userID).map { row in
            let confirmedAt: Date? = try row.get("confirmed_at")
            return SecondFactorRecord(secret: try row.get("secret"), confirmed: confirmedAt != nil, lastUsedStep: try row.get("last_used_step"))
        }
    }

    /// Whether the account has a confirmed second factor.
    static func isEnrolled(userID: Int64, _ db: Database) throws -> Bool {
        try find(userID: userID, db)?.confirmed ?? false
    }

    /// Keeps `secret` as the account's unconfirmed candidate, unless one is confirmed already.
    static func propose(userID: Int64, secret: String, now: Date, _ db: Database) throws {
        try db.execute(
            """
            INSERT INTO second_factors (user_id, secret, created_at) VALUES (?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, created_at = excluded.created_at
            WHERE second_factors.confirmed_at IS NULL
            """, userID, secret, now)
    }

    /// Confirms the candidate with the step of its first code, replacing any recovery codes.
    static func confirm(userID: Int64, step: Int64, recoveryCodeDigests: [String], now: Date, _ db: Database) throws {
        try db.execute("UPDATE second_factors SET confirmed_at = ?, last_used_step = ? WHERE user_id = ?", now, step, userID)
        try db.execute("DELETE FROM recovery_codes WHERE user_id = ?", userID)
        for digest in recoveryCodeDigests {
            try db.execute("INSERT INTO recovery_codes (user_id, code_digest) VALUES (?, ?)", userID, digest)
        }
    }

    /// Records `step` as used; false when it or a later step was used already (a replay).
    static func use(step: Int64, userID: Int64, _ db: Database) throws -> Bool {
        try db.execute(
            "UPDATE second_factors SET last_used_step = ? WHERE user_id = ? AND (last_used_step IS NULL OR last_used_step < ?)",
            step, userID, step)
        return db.changes == 1
    }

    /// Marks the unused recovery code with this digest used; false when there is none.
    static func useRecoveryCode(digest: String, userID: Int64, now: Date, _ db: Database) throws -> Bool {
        try db.execute(
            "UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_digest = ? AND used_at IS NULL", now, userID, digest)
        return db.changes > 0
    }

    static func unusedRecoveryCodeCount(userID: Int64, _ db: Database) throws -> Int {
        try db.scalar("SELECT count(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL", userID) ?? 0
    }

    /// Removes the second factor and its recovery codes (a reset, or enrolling again).
    static func remove(userID: Int64, _ db: Database) throws {
        try db.execute("DELETE FROM recovery_codes WHERE user_id = ?", userID)
        try db.execute("DELETE FROM second_factors WHERE user_id = ?", userID)
    }
}
