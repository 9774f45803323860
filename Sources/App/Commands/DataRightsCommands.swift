import Domain
import Foundation
import TemplateEngine

/// `trusted-person export-person --reference CF-0042 [--format json|html] [--reason TEXT]`:
/// everything held about one person on standard output, logged in their access log with no
/// user (the command line) and the reason.
enum ExportPersonCommand {
    /// No one has the reference asked for.
    struct UnknownReference: Error, CustomStringConvertible {
        let reference: String
        var description: String { "no one has the reference \(reference); nothing was exported" }
    }

    /// The reason logged when none is given.
    static let defaultReason = "subject access request"

    /// The export as text in `format`.
    static func output(
        _ app: Application, reference: String, format: CommandLineOptions.ExportFormat, reason: String?, now: Date
    ) throws -> String {
        let services = app.services
        guard let found = try services.pool.read({ db in try SubjectAccessStore.individualID(reference: reference, db) }) else {
            throw UnknownReference(reference: reference)
        }
        let export = try SubjectAccessExporter.export(
            services, individualID: found.id, ref: found.ref, user: nil, reason: reason ?? defaultReason, format: format.rawValue, now: now)
        switch format {
        case .json:
            return export.json()
        case .html:
            let title = "Everything held about \(export.reference)"
            return try StandalonePage.render(app, body: "rights/export-body", title: title, heading: title, SubjectAccessView.values(export))
        }
    }
}

/// `trusted-person retention [--dry-run]`: anonymises closed records past the retention period
/// (`TP_RETENTION_YEARS`, default 6) in one transaction, or with `--dry-run` says what would go,
/// person by person and in total, by reference and count only.
enum RetentionCommand {
    /// The lines to print.
    static func run(_ app: Application, dryRun: Bool, now: Date) throws -> [String] {
        let retention = Retention(
            pool: app.services.pool, log: app.services.personalData.log, rule: RetentionRule(years: app.configuration.retentionYears))
        let today = LondonTime.today(now)
        let affected: [RetentionCandidate]
        if dryRun {
            affected = try retention.dryRun(today: today)
            try retention.logListing(affected, by: nil, now: now, via: "command line")
        } else {
            affected = try retention.run(now: now, by: nil, via: "command line")
        }
        let rule = "\(retention.rule.years) year\(retention.rule.years == 1 ? "" : "s") after closure (closed on or before \(retention.rule.latestDueClosure(today: today).iso))"
        guard !affected.isEmpty else { return ["Nothing to erase: no closed record past \(rule) still holds names or free text."] }
        var totals: [ErasureKind: Int] = [:]
        for candidate in affected { totals.merge(candidate.counts, uniquingKeysWith: +) }
        let lines = affected.map { "\($0.ref) (closed \($0.closedOn.iso)): \($0.summary)" }
        let total = "Total: " + totals.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
        let head = dryRun
            ? "Dry run, nothing changed: \(affected.count) record\(affected.count == 1 ? "" : "s") past \(rule) would be anonymised:"
            : "Anonymised \(affected.count) record\(affected.count == 1 ? "" : "s") past \(rule):"
        return [head] + lines + [total]
    }
}
