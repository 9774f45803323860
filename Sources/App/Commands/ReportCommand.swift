import Domain
import Foundation
import TemplateEngine

/// `trusted-person report`: the quarterly report on standard output, as CSV (streamed line by
/// line) or as a standalone HTML page, logged like every export.
enum ReportCommand {
    static func write(_ app: Application, quarter: ReportQuarter, format: CommandLineOptions.ReportFormat, suppressBelow: Int?) throws {
        let report = try ReportPages.compute(
            app.services, quarter: quarter, suppressBelow: suppressBelow, user: nil, action: "export",
            format: "command line, " + format.rawValue, now: Date())
        let output = FileHandle.standardOutput
        switch format {
        case .csv:
            var buffer = ""
            report.writeCSV { line in
                buffer += line
                if buffer.utf8.count > 64 * 1024 {
                    output.write(Data(buffer.utf8))
                    buffer = ""
                }
            }
            output.write(Data(buffer.utf8))
        case .html:
            let html = try StandalonePage.render(
                app, body: "reports/body", title: "Quarterly report \(quarter.title)", heading: "Trusted Person: quarterly outcome report",
                ReportView.values(report, suppressBelow: suppressBelow))
            output.write(Data(html.utf8))
        }
    }
}

/// `trusted-person import KIND FILE [--dry-run]`: all or nothing; every bad row reported as
/// `FILE:LINE: column: reason` on standard error. Logged with no user: the file names who ran it.
enum ImportCommand {
    /// The file had invalid rows; they have been printed.
    struct Rejected: Error, CustomStringConvertible {
        let file: String
        let count: Int
        var description: String { "\(file): \(count) invalid row\(count == 1 ? "" : "s"); nothing was imported" }
    }

    static func run(_ app: Application, kind: ImportKind, file: String, dryRun: Bool) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw AppError.badRequest("cannot read \(file)")
        }
        let meter = TerminalProgress.standardError()
        let outcome = try Importer.run(
            kind: kind, bytes: [UInt8](data), file: file, dryRun: dryRun, pool: app.services.pool, log: app.services.personalData.log,
            userID: nil, now: Date(), progress: meter.update)
        meter.finish()
        guard outcome.errors.isEmpty else {
            FileHandle.standardError.write(Data(outcome.errors.map { $0.description + "\n" }.joined().utf8))
            throw Rejected(file: file, count: outcome.errors.count)
        }
        print((dryRun ? "Dry run, nothing written but the access log: would import " : "Imported ") + "\(file) (\(kind.rawValue)): " + outcome.summary)
    }
}
