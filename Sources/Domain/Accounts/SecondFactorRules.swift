import Foundation

/// The rules of two-factor sign-in.
///
/// Why: coordinators open every case and managers run the service, so a stolen password must not
/// be enough for them (OWASP ASVS 2.7/2.8, NCSC "multi-factor authentication for online
/// services"); for everyone else a second factor is offered but optional. A manager may take
/// away someone's lost second factor, with a reason, but never their own: otherwise one stolen
/// manager password would be enough to turn the protection off.
public enum SecondFactorRules {
    /// How long a sign-in may wait between the password and the code (or enrolment).
    public static let pendingLifetime: TimeInterval = 10 * 60
    /// Wrong codes allowed on one pending sign-in before the password must be given again.
    public static let attemptsPerPendingSignIn = 5
    /// Wrong codes allowed for one account across all its live pending sign-ins, so starting
    /// new ones with a known password does not buy unlimited guesses.
    public static let attemptsPerAccount = 10
    /// Recovery codes issued at enrolment.
    public static let recoveryCodeCount = 10
    /// The longest reason accepted for a reset.
    public static let maximumReasonLength = 500

    /// What must happen after a correct password before a session starts.
    public enum Step: String, Sendable, Equatable {
        /// Enter a code from the enrolled authenticator (or a recovery code).
        case code
        /// Enrol an authenticator first: required for these roles and none is set up.
        case enrol
    }

    /// Whether a holder of `roles` must have a second factor: coordinators and managers.
    public static func isRequired(for roles: Set<Role>) -> Bool {
        roles.contains(.coordinator) || roles.contains(.manager)
    }

    /// The step after the password, or nil when the session may start at once.
    public static func stepAfterPassword(roles: Set<Role>, enrolled: Bool) -> Step? {
        if enrolled { return .code }
        return isRequired(for: roles) ? .enrol : nil
    }

    /// Whether an account may remove its own second factor: only when its roles do not need one.
    public static func mayRemoveOwn(roles: Set<Role>) -> Bool {
        !isRequired(for: roles)
    }

    /// Whether `actorID` may reset the second factor of `subjectID` (never their own).
    public static func mayReset(actorID: Int64, subjectID: Int64) -> Bool {
        actorID != subjectID
    }

    /// Checks a reset's reason: required, and of a sensible length.
    public static func checkResetReason(_ reason: String, into errors: inout FieldErrors) {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            errors.add("reason", "Give the reason for resetting the second factor.")
        } else if trimmed.count > maximumReasonLength {
            errors.add("reason", "Keep the reason to \(maximumReasonLength) characters or fewer.")
        }
    }
}
