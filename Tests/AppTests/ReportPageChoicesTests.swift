import Domain
import Foundation
import Testing
@testable import App

/// The report page as a manager uses it for publication: an out-of-range suppression is
/// explained beside its field (no report shown, nothing exported); every printed page carries
/// the title, quarter and suppression; the full-figures table names each measure in words.
@Suite struct ReportPageChoicesTests {
    @Test(arguments: ["1", "0", "1001", "-3", "five", "2.5"])
    func aSuppressionOutOfRangeIsExplainedBesideTheField(_ typed: String) throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        let page = try manager.get("/reports?quarter=2026Q1&suppress_below=\(typed)")
        #expect(page.status == 422)
        #expect(page.contains("id=\"suppress_below-error\""))
        #expect(page.contains("value=\"\(typed)\""), "the typed value is kept")
        #expect(page.contains("aria-invalid=\"true\""))
        #expect(page.contains("href=\"#suppress_below\""), "the error summary links to the field")
        #expect(!page.contains("id=\"headline\""), "no unsuppressed figures are shown for publication")
        #expect(!page.contains("id=\"download-csv\""))
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE reason LIKE 'Quarterly report%'") == 0, "no report was computed or logged")
    }

    @Test func aValidSuppressionIsShownOnEveryPrintedPageWithTheQuarter() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        let page = try manager.get("/reports?quarter=2026Q1&suppress_below=5")
        #expect(page.status == 200)
        let runningHead = try #require(page.body.firstMatch(of: /<thead class="print-running-head">(.*?)<\/thead>/.dotMatchesNewlines()))
        #expect(runningHead.1.contains("Trusted Person quarterly outcome report"))
        #expect(runningHead.1.contains("2026Q1"))
        #expect(runningHead.1.contains("numbers below 5 suppressed"))
        #expect(page.contains("data-print hidden"), "the Print button appears only where the script runs")
        #expect(page.contains("src=\"/static/print.js\""))
        let plain = try manager.get("/reports?quarter=2026Q1")
        #expect(plain.contains("no numbers suppressed"))
    }

    @Test func theCommandLinesHTMLCarriesTheRunningHeadToo() throws {
        let test = try TestApp()
        let report = try ReportPages.compute(
            test.app.services, quarter: ReportQuarter(year: 2026, quarter: 1)!, suppressBelow: 3, user: nil, action: "export",
            format: "html", now: test.now)
        let html = try test.app.services.renderer.templates.render(
            "reports/body", .dictionary(ReportView.values(report, suppressBelow: 3)))
        #expect(html.contains("numbers below 3 suppressed"))
    }

    @Test func everyMeasureOfTheReportHasANameInWords() throws {
        let test = try TestApp()
        _ = try DemoData.load(test.app.services, now: test.now)
        let manager = try test.signedIn([.manager], email: "m@example.org")
        let csv = try manager.get("/reports/2026Q3.csv").body
        let metrics = Set(csv.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) })
        #expect(metrics.count > 200)
        let unnamed = metrics.filter { ReportMetricName.readable($0) == nil }
        #expect(unnamed.isEmpty, "\(unnamed.sorted())")
        let page = try manager.get("/reports?quarter=2026Q3")
        #expect(page.contains("Star, managing money and personal administration: share whose score went up or stayed the same (%) <code class=\"metric-key\">star.increased_or_stable.money</code>"))
        #expect(page.contains("<td>Cambridgeshire</td>"))
    }
}
