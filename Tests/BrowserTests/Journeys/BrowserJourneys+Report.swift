import Domain
import Foundation
import Testing

@testable import App

extension BrowserJourneys {
    /// The manager's quarterly report at desktop and phone width: all eight charts are drawn and
    /// nothing makes the page scroll sideways (tables relabel their cells, charts scale down); the
    /// Print button shows where scripts run.
    @Suite struct Report {
        /// The body of `POST execute/sync`.
        private struct Script: Encodable {
            let script: String
            let args: [String] = []
        }

        @Test(arguments: [1280, 390])
        func theReportFitsTheWindowWithoutSidewaysScrolling(width: Int) async throws {
            try await withLiveApp { live in
                _ = try DemoData.load(live.app.services, now: Date())
                try live.createUser("manager@example.org", roles: [.manager], name: "Manager")
                try await withBrowser { browser in
                    try await browser.setWindowSize(width: width, height: 900)
                    try await browser.signIn(live, email: "manager@example.org")
                    try await browser.navigate(to: live.url("/reports?quarter=2026Q3"))
                    #expect(try await browser.findElements(css: "svg.chart").count == 8)
                    let overflow = try await browser.command(
                        "POST", "execute/sync",
                        body: Script(script: "return document.documentElement.scrollWidth - document.documentElement.clientWidth"),
                        as: Int.self)
                    #expect(overflow == 0)
                    let print = try #require(try await browser.findElements(css: "#print-report").first)
                    #expect(try await print.isDisplayed(), "the Print button's script runs under the Content-Security-Policy")
                    try await browser.attachScreenshot(named: "report-\(width)")
                }
            }
        }
    }
}
