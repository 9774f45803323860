import Domain
import Foundation

/// Builds the subject-access export for one person through `PersonalDataAccess`'s
/// subject-access door: every section the store holds, then the person's whole access log
/// (which already holds this export's own entry, written before anything was read).
enum SubjectAccessExporter {
    /// The export of the person `individualID` (`ref`), produced by `user` (nil: the command
    /// line) for `reason`, in `format` (for the log).
    static func export(
        _ services: AppServices, individualID: Int64, ref: String, user: CurrentUser?, reason: String, format: String, now: Date
    ) throws -> SubjectAccessExport {
        let logReason = "Subject access request (\(format)\(user == nil ? ", command line" : "")): \(reason)"
        let sections = try services.personalData.readForSubjectAccess(
            individualID: individualID, user: user, now: now, reason: logReason
        ) { db, readable in
            let lines = try services.accessLog.lines(for: individualID, limit: 1_000_000, names: db)
            return try SubjectAccessStore.sections(individualID: individualID, readable, db) + [accessLogSection(lines)]
        }
        return SubjectAccessExport(
            reference: ref, producedAt: now.ISO8601Format(), producedBy: user?.displayName ?? "The command line", reason: reason,
            sections: sections)
    }

    /// Who looked at the person's information, when, what and why: every entry, oldest first.
    static func accessLogSection(_ lines: [AccessLogLine]) -> SubjectAccessExport.Section {
        SubjectAccessExport.Section(
            key: "access_log", title: "Who has looked at your information",
            note: "Every time someone opened or exported your information, and every list that showed your reference.",
            items: lines.reversed().map { line in
                SubjectAccessExport.Item([
                    .init("at", "When", .text(line.at.ISO8601Format())),
                    .init("who", "Who", .text(line.who)),
                    .init("roles", "Their roles", line.roles.isEmpty ? .missing : .text(line.roles)),
                    .init("categories", "What", .text(line.categories.map(\.title).joined(separator: ", "))),
                    .init("action", "Action", .text(line.action)),
                    .init("reason", "Why", .text(line.reason)),
                ])
            })
    }
}
