/// The rules for account details: names, email addresses and passwords.
///
/// Passwords follow NCSC guidance: length matters more than composition rules, so we ask
/// for at least 12 characters and no more than 200, and nothing else.
public enum AccountRules {
    public static let minimumPasswordLength = 12
    public static let maximumPasswordLength = 200
    public static let maximumNameLength = 100
    public static let maximumEmailLength = 254

    /// Trims and lower-cases an email address the way it is stored and compared.
    public static func normalisedEmail(_ email: String) -> String {
        email.trimmingWhitespace().lowercased()
    }

    /// Checks a display name; adds a message under `field` when it is not acceptable.
    public static func checkName(_ name: String, field: String = "display_name", into errors: inout FieldErrors) {
        let trimmed = name.trimmingWhitespace()
        if trimmed.isEmpty {
            errors.add(field, "Enter a name.")
        } else if trimmed.count > maximumNameLength {
            errors.add(field, "Use \(maximumNameLength) characters or fewer.")
        }
    }

    /// Checks an email address's shape (something@domain.tld, no spaces).
    public static func checkEmail(_ email: String, field: String = "email", into errors: inout FieldErrors) {
        let value = normalisedEmail(email)
        if value.isEmpty {
            errors.add(field, "Enter an email address.")
            return
        }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        let valid = value.count <= maximumEmailLength
            && parts.count == 2
            && !parts[0].isEmpty
            && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !value.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" })
        if !valid {
            errors.add(field, "Enter an email address like name@example.org.")
        }
    }

    /// Checks a new password and its confirmation: its length, then that it is not on the
    /// `common` list, not mostly one character, and does not contain the email address's
    /// local part or a part of the person's `name` of 3 characters or more (OWASP ASVS 2.1.7,
    /// NCSC: no context-specific words).
    public static func checkNewPassword(
        _ password: String, confirmation: String, email: String, name: String, common: CommonPasswords,
        field: String = "password", into errors: inout FieldErrors
    ) {
        if password.count < minimumPasswordLength {
            errors.add(field, "Use at least \(minimumPasswordLength) characters.")
        } else if password.count > maximumPasswordLength {
            errors.add(field, "Use \(maximumPasswordLength) characters or fewer.")
        } else if password.lowercased() == normalisedEmail(email) {
            errors.add(field, "Choose a password that is not your email address.")
        } else if common.contains(password) || Set(password.lowercased()).count < 4 {
            errors.add(field, "This password is too common and easy to guess. Choose another, such as three or four unrelated words.")
        } else if let part = personalPart(in: password, email: email, name: name) {
            errors.add(field, "Choose a password that does not contain “\(part)”, which is part of your name or email address.")
        }
        if password != confirmation {
            errors.add("password_confirmation", "The two passwords do not match.")
        }
    }

    /// The first part of the email's local part or of the name (split at anything not a
    /// letter or digit, 3 characters or more) found in `password`, ignoring case.
    static func personalPart(in password: String, email: String, name: String) -> String? {
        let localPart = normalisedEmail(email).split(separator: "@").first.map(String.init) ?? ""
        let candidates = [localPart] + (localPart + " " + name).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let lowered = password.lowercased()
        return candidates.first { $0.count >= 3 && lowered.contains($0.lowercased()) }
    }
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    public func trimmingWhitespace() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
