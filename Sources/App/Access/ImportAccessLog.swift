import Domain
import Foundation

/// Writes an import to the access log: one entry per individual the import compared or wrote,
/// with the categories the file's kind carries, the file and kind as the reason, and the
/// importing user (none for the command line).
///
/// Why a dry run too: its preview says, person by person, whether the file matches what is
/// stored ("leave 1" or "change 1"), so it reads their information as surely as a page does
/// (PRODUCT.md: every read of personal information is written to the access log).
struct ImportAccessLog {
    /// The action of a confirmed import.
    static let importAction = "import"
    /// The action of a dry run or preview, which writes nothing but the log.
    static let dryRunAction = "import-dry-run"

    let log: AccessLogWriter

    /// Records that the import of `file` (of `kind`) touched `individualIDs`; returns once
    /// committed, and throws if the log could not be written.
    func record(individualIDs: [Int64], kind: ImportKind, file: String, dryRun: Bool, rejected: Bool, userID: Int64?, now: Date) throws {
        guard kind.isAboutIndividuals else { return }
        let categories = kind.informationCategories.map(\.rawValue).sorted().joined(separator: ",")
        let reason = "\(kind.rawValue) file \(file)" + (rejected ? " (rejected: nothing imported)" : "")
        try log.record(individualIDs.map { id in
            AccessLogEntry(
                at: now, userID: userID, individualID: id, categories: categories,
                action: dryRun ? Self.dryRunAction : Self.importAction, reason: reason)
        })
    }
}
