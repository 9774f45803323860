import Domain
import Foundation
import Testing
@testable import App

/// The outcomes framework's metrics read from the real database, and the report page that
/// shows them: every chart compares the two counties, says what it measures over whom, and has
/// its figures as a table; the page, the HTML export and the CSV agree.
@Suite struct OutcomesReportPageTests {
    /// In 2026Q1 (S = 2026-01-01, E = 2026-03-31), three people referred on 2026-01-05: Ash opened
    /// 20 days later (over 14), Bo 5 days later, Cy (Peterborough) 30 days later. Four barriers
    /// raised before E: two open with a plan agreed by E, one open without, one resolved.
    static func cohort() throws -> TestApp {
        let test = try TestApp()
        for (name, district, opened) in [("Ash", District.fenland, "2026-01-25"), ("Bo", .cambridge, "2026-01-10"), ("Cy", .peterborough, "2026-02-04")] {
            let id = try test.refer(name, district: district, open: false)
            try test.pool.write { db in
                try IndividualStore.changeStatus(id, to: .open, on: CalendarDate(iso: opened)!, reason: nil, note: "", by: nil, now: test.now, db)
            }
        }
        let barriers = """
            ref,title,category,raised_on,status,action_plan_on,resolved_on
            B-1,Day centre threshold,threshold,2026-01-02,action-plan,2026-01-20,
            B-2,GP registration,eligibility,2026-01-03,escalated,2026-02-01,
            B-3,Shared records,data-sharing,2026-02-01,raised,,
            B-4,Hostel capacity,capacity,2026-01-04,resolved,2026-01-10,2026-03-01
            """
        let outcome = try Importer.run(kind: .barriers, bytes: Array(barriers.utf8), file: "barriers.csv", dryRun: false, pool: test.pool, log: test.app.services.personalData.log, userID: nil, now: test.now)
        #expect(outcome.errors.isEmpty, "\(outcome.errors.map(\.description))")
        return test
    }

    @Test func readsReferralAndActionPlanDatesIntoTheCSV() throws {
        let test = try Self.cohort()
        let csv = try test.signedIn([.manager]).get("/reports/2026Q1.csv").body
        #expect(csv.contains("caseload.waited_over_14_days,all,66.7,2,3\n"))
        #expect(csv.contains("caseload.waited_over_14_days,cambridgeshire,50.0,1,2\n"))
        #expect(csv.contains("caseload.waited_over_14_days,peterborough,100.0,1,1\n"))
        #expect(csv.contains("barriers.with_action_plan,all,66.7,2,3\n"))
        #expect(!csv.contains("barriers.with_action_plan,cambridgeshire"))
        let header = csv.split(separator: "\n").first.map(String.init)
        #expect(header == "metric,group,value,numerator,denominator")
    }

    @Test func everyChartComparesTheCountiesAndHasWordsAndATable() throws {
        let test = try TestApp()
        _ = try DemoData.load(test.app.services, now: test.now)
        let manager = try test.signedIn([.manager], email: "m@example.org")
        let page = try manager.get("/reports?quarter=2026Q3")
        #expect(page.status == 200)
        let ids = ["report-star", "report-star-stable", "report-ndt", "report-rough", "report-nights", "report-stable", "report-service", "report-survey"]
        let svgs = page.body.matches(of: /<svg[^>]*id="([a-z-]+)".*?<\/svg>/.dotMatchesNewlines()).map { (String($0.1), String($0.0)) }
        #expect(svgs.map(\.0) == ids)
        for (id, svg) in svgs {
            let document = try #require(SVGDocument(svg), "\(id)")
            let legend = document.elements.filter { $0.ancestorClasses.contains("chart-legend") }.map(\.text).filter { !$0.isEmpty }
            #expect(legend == ["Cambridgeshire", "Peterborough"], "\(id)")
            #expect(svg.contains("<pattern"), "\(id)")
            #expect(document.elements.contains { $0.name == "title" && $0.text.contains("Cambridgeshire beside Peterborough") }, "\(id)")
            #expect(page.contains("id=\"\(id)-table\""), "\(id)")
        }
        let csv = try manager.get("/reports/2026Q3.csv").body
        func csvValue(_ metric: String, _ group: String) throws -> String {
            let line = try #require(csv.split(separator: "\n").first { $0.hasPrefix("\(metric),\(group),") })
            return String(line.split(separator: ",", omittingEmptySubsequences: false)[2])
        }
        let cambridgeshirePairs = try csvValue("star.pairs", "cambridgeshire")
        let peterboroughPairs = try csvValue("star.pairs", "peterborough")
        #expect(page.contains("follow-up 9 to 15 months later: \(cambridgeshirePairs) people in Cambridgeshire and \(peterboroughPairs) in Peterborough."))
        let change = try csvValue("accommodation.mean_nights_change.in_accommodation", "peterborough")
        #expect(page.contains("<th scope=\"row\">In any accommodation</th><td class=\"number\" data-label=\"Cambridgeshire\">\(try csvValue("accommodation.mean_nights_change.in_accommodation", "cambridgeshire"))</td><td class=\"number\" data-label=\"Peterborough\">\(change)</td>"))
        #expect(page.contains("Change in average nights spent in each accommodation type"))
    }

    @Test func theHTMLExportShowsTheSameChartsAsThePage() throws {
        let directory = NSTemporaryDirectory() + "tp-report-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let test = try TestApp()
        _ = try DemoData.load(test.app.services, now: test.now)
        let report = try ReportPages.compute(
            test.app.services, quarter: ReportQuarter(year: 2026, quarter: 3)!, suppressBelow: 5, user: nil, action: "export",
            format: "test", now: test.now)
        let values = ReportView.values(report, suppressBelow: 5)
        let html = try test.app.services.renderer.templates.render("reports/body", .dictionary(values))
        #expect(html.contains("id=\"report-nights\""))
        #expect(html.contains("Numbers from 1 to 4 are suppressed"))
        #expect(html.contains("id=\"report-stable-table\""))
    }
}
