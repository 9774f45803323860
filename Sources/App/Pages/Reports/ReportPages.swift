import Domain
import Foundation
import HTTP
import SQLite
import TemplateEngine

/// The quarterly outcome report for managers: on screen with charts and tables, printable,
/// and as CSV — all from one `QuarterlyReport`. Every view and export is written to the
/// access log; the report holds no names.
enum ReportPages {
    static func register(in routes: inout RouteTable, _ services: AppServices) {
        routes.get(.reports) { context in
            let query = context.request.queryParameters
            let quarter = try quarter(query["quarter"], now: context.now)
            var values: [String: TemplateValue] = [
                "quarters": Choices.of(
                    recentQuarters(now: context.now).map { ($0.description, "\($0.title) (\($0.financialYearName))") },
                    selected: quarter.description),
                "suppressBelow": .string(query["suppress_below"] ?? ""),
            ]
            var errors = FieldErrors()
            guard let suppressBelow = suppression(query["suppress_below"], into: &errors) else {
                values.merge(FormView.values(["suppress_below": query["suppress_below"] ?? ""], errors)) { $1 }
                return try services.page("reports/report", title: "Quarterly report \(quarter.title)", context, values, status: .unprocessableContent)
            }
            let report = try report(services, quarter: quarter, suppressBelow: suppressBelow.value)
            values.merge(ReportView.values(report, suppressBelow: suppressBelow.value)) { $1 }
            values["csvLink"] = .string(
                Route.reportDownload(ReportFileName(quarter: quarter.description)).path + (suppressBelow.value.map { "?suppress_below=\($0)" } ?? ""))
            let page = try services.page("reports/report", title: "Quarterly report \(quarter.title)", context, values)
            // Logged last: the wait for the log's commit gives up the request's compute slot
            // (`ComputeSlots`), so the page is built inside the slot, a few at a time.
            try log(services, quarter: quarter, suppressBelow: suppressBelow.value, user: context.user, action: "report", format: "page", now: context.now)
            return page
        }
        routes.get(Route.reportDownload) { context, file in
            let quarter = try quarter(file.quarter, now: context.now)
            let suppressBelow = try suppression(context.request.queryParameters["suppress_below"])
            let report = try compute(services, quarter: quarter, suppressBelow: suppressBelow, user: context.user, action: "export", format: "csv", now: context.now)
            var response = HTTPResponse(status: .ok, body: .stream { writer in
                report.writeCSV { line in try? writer.write(line) }
            })
            response.headers.set("Content-Type", "text/csv; charset=utf-8")
            response.headers.set("Content-Disposition", "attachment; filename=\"trusted-person-report-\(quarter).csv\"")
            return response
        }
    }

    /// Computes the report and logs who asked for it, how and why.
    static func compute(
        _ services: AppServices, quarter: ReportQuarter, suppressBelow: Int?, user: CurrentUser?, action: String, format: String, now: Date
    ) throws -> QuarterlyReport {
        let report = try report(services, quarter: quarter, suppressBelow: suppressBelow)
        try log(services, quarter: quarter, suppressBelow: suppressBelow, user: user, action: action, format: format, now: now)
        return report
    }

    /// The report (from the cache when nothing was committed since), suppressed as asked.
    private static func report(_ services: AppServices, quarter: ReportQuarter, suppressBelow: Int?) throws -> QuarterlyReport {
        let report = try services.reportCache.report(for: quarter, services.pool)
        return suppressBelow.map { report.suppressed(below: $0) } ?? report
    }

    /// Writes who asked for the report, how and why, and waits for the entry to be committed.
    private static func log(
        _ services: AppServices, quarter: ReportQuarter, suppressBelow: Int?, user: CurrentUser?, action: String, format: String, now: Date
    ) throws {
        try services.personalData.log.record(AccessLogEntry(
            at: now, userID: user?.id, individualID: nil, categories: "assessments,housing,health,justice", action: action,
            reason: "Quarterly report \(quarter) (\(format)\(suppressBelow.map { ", suppressed below \($0)" } ?? ""))"))
    }

    static func quarter(_ text: String?, now: Date) throws -> ReportQuarter {
        guard let text, !text.isEmpty else { return recentQuarters(now: now)[0] }
        do {
            return try ReportQuarter(parsing: text)
        } catch {
            throw AppError.badRequest("Choose a quarter like 2024Q3.")
        }
    }

    /// The range a publication's suppression threshold may take.
    static let suppressionRange = 2...1000

    static func suppression(_ text: String?) throws -> Int? {
        var errors = FieldErrors()
        guard let choice = suppression(text, into: &errors) else {
            throw AppError.badRequest(errors.entries.first?.message ?? "")
        }
        return choice.value
    }

    /// The threshold asked for: `.some(nil)` when none was, nil with a message beside the
    /// `suppress_below` field when it is not a whole number in `suppressionRange`.
    static func suppression(_ text: String?, into errors: inout FieldErrors) -> SuppressionChoice? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return SuppressionChoice(value: nil) }
        guard let value = Int(text) else {
            errors.add("suppress_below", "Enter suppression as a whole number, like 5, or leave it empty.")
            return nil
        }
        guard suppressionRange.contains(value) else {
            errors.add("suppress_below", "Suppression must be from \(suppressionRange.lowerBound) to \(suppressionRange.upperBound): numbers below it are hidden. You entered \(value).")
            return nil
        }
        return SuppressionChoice(value: value)
    }

    /// A valid suppression choice; `value` is nil when nothing is suppressed.
    struct SuppressionChoice {
        let value: Int?
    }

    /// The last complete quarter first, then the eleven before it.
    static func recentQuarters(now: Date) -> [ReportQuarter] {
        let today = LondonTime.today(now)
        var year = today.year
        var quarter = (today.month - 1) / 3
        if quarter == 0 {
            year -= 1
            quarter = 4
        }
        return (0..<12).compactMap { offset in
            let index = year * 4 + (quarter - 1) - offset
            return ReportQuarter(year: index / 4, quarter: index % 4 + 1)
        }
    }
}
