import Domain
import Foundation
import Testing
@testable import App

/// The network page by quarter: the people's counts aggregated in SQL agree with the quarterly
/// report's own figures at the quarter's edges, and the page shows each chart with its table.
@Suite struct NetworkTrendsPageTests {
    /// In 2026Q1 (E = 31 Mar): A connected from 5 Jan (and a proposed link, left out); B with
    /// interim cover only; C's link starts on E (connected); D's link ended by handover on E (not
    /// active); E opened on 1 Apr (after E); F only referred.
    static func cohort(_ test: TestApp) throws {
        let sam = try test.createTrustedPerson("Sam Carter")
        let a = try test.refer("A")
        try test.link(a, sam, role: .primary)
        try test.link(a, try test.createTrustedPerson("Pat"), role: .trusted, status: .proposed)
        try test.link(try test.refer("B"), sam, role: .interim)
        let c = try test.link(try test.refer("C"), sam, role: .primary)
        let d = try test.link(try test.refer("D"), try test.createTrustedPerson("Kit"), role: .primary)
        let e = try test.refer("E")
        try test.link(e, sam, role: .primary)
        try test.refer("F", open: false)
        try test.pool.write { db in
            try db.execute("UPDATE trust_links SET started_on = '2026-03-31' WHERE id = ?", c)
            try db.execute("UPDATE trust_links SET status = 'ended', ended_on = '2026-03-31', end_reason = 'handover' WHERE id = ?", d)
            try db.execute("UPDATE individuals SET opened_on = '2026-04-01' WHERE id = ?", e)
        }
    }

    @Test func thePeoplesCountsAtAQuarterEndAgreeWithTheQuarterlyReport() throws {
        let test = try TestApp()
        try Self.cohort(test)
        let quarter = try ReportQuarter(parsing: "2026Q1")
        let (counts, report, handovers) = try test.pool.read { db in
            (try NetworkTrendsStore.people([quarter], db)[quarter], QuarterlyReport.compute(try ReportStore.input(for: quarter, db)),
             try NetworkTrendsStore.handovers(since: quarter.firstDay, db))
        }
        #expect(counts == NetworkPeopleCounts(supported: 4, open: 4, connected: 2, interimOnly: 1, lastingLinks: 2))
        func row(_ metric: String) -> ReportRow? { report.rows.first { $0.metric == metric && $0.group == .all } }
        #expect(row("caseload.supported_to_date")?.value == .count(counts?.supported ?? -1))
        #expect(row("caseload.open")?.value == .count(counts?.open ?? -1))
        #expect(row("network.connected")?.numerator == counts?.connected)
        #expect(row("network.interim_only")?.value == .count(counts?.interimOnly ?? -1))
        #expect(row("network.mean_size")?.numerator == counts?.lastingLinks)
        #expect(row("network.handovers_in_quarter")?.value == .count(handovers.values.reduce(0, +)))
    }

    @Test func theManagerSeesEightQuartersAsChartsWithTablesAndTrainingByOrganisation() throws {
        let test = try TestApp()
        try Self.cohort(test)
        let riverside = try test.createOrganisation("Riverside Day Centre")
        let kim = try test.createTrustedPerson("Kim Vale", organisationID: riverside)
        try test.link(try test.refer("G"), kim, role: .primary)
        try test.pool.write { db in
            try TrainingStore.record(
                TrainingAttendance(course: .traumaInformedPractice, attendedOn: CalendarDate(iso: "2026-02-01")!), trustedPersonID: kim, by: nil,
                now: test.now, db)
        }
        // G (opened 5 Jan with Kim) joins A–D in Q1: 5 open, 3 connected, 3 lasting links.
        let page = try test.signedIn([.manager]).get("/network")
        #expect(page.status == 200)
        for id in ["trend-people", "trend-growth", "trend-organisations", "trend-training", "trend-barriers"] {
            #expect(page.contains(#"<svg xmlns="http://www.w3.org/2000/svg" id="\#(id)""#))
            #expect(page.contains(#"id="\#(id)-table""#))
        }
        #expect(page.contains("Jan–Mar 2025 to Oct–Dec 2026"))
        #expect(page.contains(#"<th scope="row">Jan–Mar 2026</th><td class="number" data-label="Supported to date">5</td><td class="number" data-label="Open">5</td><td class="number" data-label="Connected">3</td><td class="number" data-label="Interim only">1</td><td class="number" data-label="Links per person">0.6</td>"#))
        #expect(page.contains(#"<th scope="row">Riverside Day Centre</th><td class="number">1</td><td class="number">1</td><td class="number">100%</td>"#))
        #expect(page.contains("<strong>1 of 2 active trusted persons trained (50%)</strong>"))
    }

    @Test func repeatedVisitsAreServedFromTheCacheUntilSomethingIsCommitted() throws {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        let kim = try test.createTrustedPerson("Kim Vale", organisationID: riverside)
        try test.link(try test.refer("G"), kim, role: .primary)
        let manager = try test.signedIn([.manager])
        let cache = test.app.services.networkTrendsCache
        #expect(try manager.get("/network").contains("<strong>0 of 1 active trusted persons trained (0%)</strong>"))
        let computed = cache.computations
        try manager.get("/network")
        #expect(cache.computations == computed)
        try test.pool.write { db in
            try TrainingStore.record(
                TrainingAttendance(course: .traumaInformedPractice, attendedOn: CalendarDate(iso: "2026-02-01")!), trustedPersonID: kim, by: nil,
                now: test.now, db)
        }
        #expect(try manager.get("/network").contains("<strong>1 of 1 active trusted persons trained (100%)</strong>"))
        #expect(cache.computations == computed + 1)
    }
}
