import Domain
import Foundation

/// Reads the list of common passwords (`Sources/App/Resources/common-passwords.txt`, see the
/// README beside it) at start-up. A missing or empty list stops start-up rather than quietly
/// letting every common password through.
enum CommonPasswordsFile {
    /// Why the list could not be read.
    struct LoadError: Error, CustomStringConvertible {
        let path: String
        var description: String { "cannot read the list of common passwords at \(path)" }
    }

    /// The list at `path`; throws `LoadError` when it is missing or empty.
    static func load(_ path: String) throws -> CommonPasswords {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw LoadError(path: path) }
        let list = CommonPasswords(text: text)
        guard list.count > 0 else { throw LoadError(path: path) }
        return list
    }
}
