/// A list of passwords too common to choose, compared ignoring case and surrounding spaces.
///
/// Why: OWASP ASVS 2.1.7 asks that new passwords be checked against a list of breached or
/// common ones. The list itself lives in the repository (`Sources/App/Resources`, with its
/// source and licence) and the app reads it at start-up; this type only holds and asks it.
public struct CommonPasswords: Sendable {
    private let passwords: Set<String>

    /// The list from its text: one password a line; blank lines are ignored.
    public init(text: String) {
        passwords = Set(
            text.split(whereSeparator: \.isNewline)
                .map { Self.normalised(String($0)) }
                .filter { !$0.isEmpty })
    }

    /// An empty list, which refuses nothing.
    public static let none = CommonPasswords(text: "")

    /// How many passwords the list holds.
    public var count: Int { passwords.count }

    /// Whether `password` is on the list.
    public func contains(_ password: String) -> Bool {
        passwords.contains(Self.normalised(password))
    }

    private static func normalised(_ password: String) -> String {
        password.trimmingWhitespace().lowercased()
    }
}
