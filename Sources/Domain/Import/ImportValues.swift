/// How import cells spell values that have no form of their own in the Domain (REPORTS.md,
/// "Import files": yes/no columns, keys, lists).
public enum ImportValues {
    /// The longest key or barrier ref accepted.
    public static let maximumKeyLength = 100
    /// What separates the names in a list cell (`organisations`): a comma would need quoting.
    public static let listSeparator: Character = ";"

    /// `yes/no`, `y/n`, `true/false` or `1/0` in any case; nil for anything else.
    public static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "y", "true", "1": true
        case "no", "n", "false", "0": false
        default: nil
        }
    }

    /// Whether `text` can be a trusted person's key or a barrier's ref: 1 to 100 characters,
    /// no control characters.
    public static func isWellFormedKey(_ text: String) -> Bool {
        (1...maximumKeyLength).contains(text.count)
            && !text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// The names in a list cell, trimmed, empty ones dropped (`"Mind; Jimmy's ;"` → two names).
    public static func list(_ text: String) -> [String] {
        text.split(separator: listSeparator).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
