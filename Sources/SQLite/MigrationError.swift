/// Why migrations could not be checked or applied; each names the file at fault.
public enum MigrationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The migrations folder could not be listed or a file in it read.
    case unreadable(path: String)
    /// A file name does not follow `NNNN_name.sql` (four or more digits, then letters, digits, `_` or `-`).
    case invalidFileName(String)
    /// Two files share one version number.
    case duplicateVersion(Int, files: [String])
    /// A migration already applied has since been edited; shipped migrations must never change.
    case checksumMismatch(file: String)
    /// A migration recorded as applied has no file any more (deleted or renamed).
    case missingFile(String)
    /// A migration failed and was rolled back, leaving the database as it was before it.
    case failed(file: String, SQLiteError)

    /// A one-line explanation naming the file.
    public var description: String {
        switch self {
        case .unreadable(let path):
            "cannot read migrations at \(path)"
        case .invalidFileName(let name):
            "migration file \(name) is not named NNNN_name.sql"
        case .duplicateVersion(let version, let files):
            "migrations \(files.joined(separator: ", ")) share version \(version)"
        case .checksumMismatch(let file):
            "migration \(file) was edited after it was applied; add a new migration instead"
        case .missingFile(let file):
            "migration \(file) was applied but its file is missing"
        case .failed(let file, let error):
            "migration \(file) failed and was rolled back: \(error)"
        }
    }
}
