import Foundation

/// How long a signed-in session lasts: it ends after `idle` without a request, and in any
/// case `absolute` after sign-in (OWASP session management guidance).
public struct SessionLifetime: Sendable {
    public var idle: TimeInterval
    public var absolute: TimeInterval

    public init(idle: TimeInterval = 60 * 60, absolute: TimeInterval = 12 * 60 * 60) {
        self.idle = idle
        self.absolute = absolute
    }

    /// Whether a session created at `createdAt` and last used at `lastSeenAt` is still valid at `now`.
    public func isValid(createdAt: Date, lastSeenAt: Date, now: Date) -> Bool {
        now < createdAt.addingTimeInterval(absolute) && now < lastSeenAt.addingTimeInterval(idle)
    }
}
