import Domain
import Foundation
import HTTP
import Hashing
import SQLite

/// Turns a session cookie into the signed-in user, and starts and ends sessions.
///
/// Tokens are 256 random bits (OWASP session management); the database keeps only their
/// SHA-256 digests, so a stolen backup holds no usable session.
struct Authenticator: Sendable {
    static let sessionCookieName = "tp_session"
    static let formCookieName = "tp_form"
    /// How stale `last_seen_at` may get before a request refreshes it (saves a write per page).
    static let touchInterval: TimeInterval = 60

    let pool: DatabasePool
    let lifetime: SessionLifetime
    let secureCookies: Bool

    /// The user whose live session the request's cookie names, if any.
    func user(for request: HTTPRequest, now: Date) throws -> CurrentUser? {
        guard let token = request.cookies[Self.sessionCookieName], !token.isEmpty, token.count <= 100 else {
            return nil
        }
        let digest = SessionToken.digest(token)
        let found = try pool.read { db -> (SessionRecord, UserRecord)? in
            guard let session = try SessionStore.find(tokenDigest: digest, db),
                  let user = try UserStore.find(id: session.userID, db)
            else { return nil }
            return (session, user)
        }
        guard let (session, user) = found,
              lifetime.isValid(createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, now: now)
        else { return nil }
        if now.timeIntervalSince(session.lastSeenAt) > Self.touchInterval {
            try pool.write { db in try SessionStore.touch(sessionID: session.id, now: now, db) }
        }
        return CurrentUser(
            id: user.id, email: user.email, displayName: user.displayName, roles: user.roles,
            organisationID: user.organisationID, sessionID: session.id, csrfToken: session.csrfToken)
    }

    /// Starts a session for `userID` inside the caller's transaction; returns its cookie.
    func startSession(userID: Int64, now: Date, _ db: Database) throws -> SetCookie {
        let token = SessionToken.generate()
        let csrf = Base64URL.encode(SecureRandom.bytes(32))
        try SessionStore.create(tokenDigest: SessionToken.digest(token), userID: userID, csrfToken: csrf, now: now, db)
        return cookie(Self.sessionCookieName, token, maxAge: Int(lifetime.absolute))
    }

    /// A cookie that removes the session cookie from the browser.
    func endedSessionCookie() -> SetCookie {
        cookie(Self.sessionCookieName, "", maxAge: 0)
    }

    /// The double-submit cookie for forms shown to signed-out visitors.
    func formCookie(_ token: String) -> SetCookie {
        cookie(Self.formCookieName, token, maxAge: nil)
    }

    private func cookie(_ name: String, _ value: String, maxAge: Int?) -> SetCookie {
        SetCookie(name: name, value: value, path: "/", maxAge: maxAge, httpOnly: true, secure: secureCookies, sameSite: .lax)
    }
}
