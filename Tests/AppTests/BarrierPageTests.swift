import Foundation
import Testing
import Domain
@testable import App

@Suite struct BarrierPageTests {
    @Test func aChampionRaisesABarrierThatIsEscalatedAndResolved() throws {
        let test = try TestApp()
        let champion = try test.signedIn([.champion])
        try champion.get("/barriers/new")
        let raised = try champion.post("/barriers", [("title", "Detox waiting list needs a fixed address"), ("category", "eligibility"), ("raised_on", "2026-10-01"), ("level", "champion")])
        #expect(raised.status == 303)
        let path = try #require(raised.location?.split(separator: "?").first.map(String.init))
        try champion.get(path)
        #expect(try champion.post(path, [("status", "escalated"), ("on", "2026-10-20"), ("level", "network-manager"), ("note", "Needs the commissioner")]).status == 303)
        let manager = try test.signedIn([.manager], email: "m@example.org")
        try manager.get(path)
        #expect(try manager.post(path, [("status", "resolved"), ("on", "2026-11-01")]).status == 303)
        let page = try manager.get(path)
        #expect(page.contains("Needs the commissioner"))
        #expect(page.contains("Resolved on 1 Nov 2026"))
        #expect(try test.count("SELECT count(*) FROM barrier_events") == 3)
        #expect(try manager.get("/barriers?open=1").contains("No barriers match."))
        let report = QuarterlyReport.compute(try test.pool.read { db in try ReportStore.input(for: try ReportQuarter(parsing: "2026Q4"), db) })
        #expect(report.row("barriers.raised_in_quarter")?.value == .count(1))
    }

    @Test func badBarrierInputIsExplainedAndStoresNothing() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/barriers/new")
        let response = try coordinator.post("/barriers", [("title", ""), ("category", "weather"), ("raised_on", "2099-01-01")])
        #expect(response.status == 422)
        #expect(response.contains("Say what blocks people, in a line."))
        #expect(try test.count("SELECT count(*) FROM barriers") == 0)
    }

    @Test func individualsHaveNoAccessToTheRegister() throws {
        let test = try TestApp()
        #expect(try test.signedIn([.individual]).get("/barriers").status == 403)
    }
}
