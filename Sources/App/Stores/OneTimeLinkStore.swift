import Foundation
import SQLite

/// What a one-time link is for.
enum LinkPurpose: String, Sendable {
    /// Creating the first manager account on a new installation.
    case setup
    /// A new account choosing its first password.
    case invitation
    /// An account choosing a new password after a manager's reset.
    case reset
}

/// A one-time link as stored: only the digest of its token.
struct OneTimeLink: Sendable {
    let purpose: LinkPurpose
    let userID: Int64?
    let expiresAt: Date
}

/// SQL for setup, invitation and reset links.
enum OneTimeLinkStore {
    static func create(
        tokenDigest: String, purpose: LinkPurpose, userID: Int64?, now: Date, expiresAt: Date, _ db: Database
    ) throws {
        try db.execute(
            "INSERT INTO one_time_links (token_digest, purpose, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
            tokenDigest, purpose.rawValue, userID, now, expiresAt)
    }

    /// The unused, unexpired link with this digest.
    static func findUsable(tokenDigest: String, now: Date, _ db: Database) throws -> OneTimeLink? {
        guard
            let row = try db.queryOne(
                "SELECT purpose, user_id, expires_at FROM one_time_links WHERE token_digest = ? AND used_at IS NULL AND expires_at > ?",
                tokenDigest, now)
        else { return nil }
        return OneTimeLink(purpose: try row.vocabulary("purpose"), userID: try row.get("user_id"), expiresAt: try row.get("expires_at"))
    }

    static func markUsed(tokenDigest: String, now: Date, _ db: Database) throws {
        try db.execute("UPDATE one_time_links SET used_at = ? WHERE token_digest = ?", now, tokenDigest)
    }

    /// Retires every unused link of a purpose (for one account, or for none: setup links).
    static func retireUnused(purpose: LinkPurpose, userID: Int64?, now: Date, _ db: Database) throws {
        try db.execute(
            "UPDATE one_time_links SET used_at = ? WHERE purpose = ? AND user_id IS ? AND used_at IS NULL",
            now, purpose.rawValue, userID)
    }
}
