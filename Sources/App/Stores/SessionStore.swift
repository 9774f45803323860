import Foundation
import SQLite

/// A stored sign-in session, found by the digest of its token.
struct SessionRecord: Sendable {
    let id: Int64
    let userID: Int64
    let csrfToken: String
    let createdAt: Date
    let lastSeenAt: Date
}

/// SQL for sessions. Tokens never reach the database: only their SHA-256 digests do.
enum SessionStore {
    static func create(tokenDigest: String, userID: Int64, csrfToken: String, now: Date, _ db: Database) throws {
        try db.execute(
            "INSERT INTO sessions (token_digest, user_id, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)",
            tokenDigest, userID, csrfToken, now, now)
    }

    /// The live (not revoked) session with this digest, if its account is active.
    static func find(tokenDigest: String, _ db: Database) throws -> SessionRecord? {
        try db.queryOne(
            """
            SELECT s.id, s.user_id, s.csrf_token, s.created_at, s.last_seen_at
            FROM sessions s JOIN users u ON u.id = s.user_id
            WHERE s.token_digest = ? AND s.revoked_at IS NULL AND u.active = 1
            """, tokenDigest
        ).map { row in
            SessionRecord(
                id: try row.get("id"), userID: try row.get("user_id"), csrfToken: try row.get("csrf_token"),
                createdAt: try row.get("created_at"), lastSeenAt: try row.get("last_seen_at"))
        }
    }

    static func touch(sessionID: Int64, now: Date, _ db: Database) throws {
        try db.execute("UPDATE sessions SET last_seen_at = ? WHERE id = ?", now, sessionID)
    }

    static func revoke(sessionID: Int64, now: Date, _ db: Database) throws {
        try db.execute("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", now, sessionID)
    }

    /// Ends every session of an account: on password change, reset and deactivation.
    static func revokeAll(userID: Int64, now: Date, _ db: Database) throws {
        try db.execute("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", now, userID)
    }
}
