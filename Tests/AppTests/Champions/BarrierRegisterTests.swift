import Domain
import Foundation
import Testing
@testable import App

/// The barrier register grown up: description, partner organisations, people affected (a
/// number, never names), what changed; filters by organisation, kind, level and status;
/// "stuck longest" first; a champion's own organisation's barriers first.
@Suite struct BarrierRegisterTests {
    @discardableResult
    func raise(
        _ client: TestClient, _ title: String, category: String = "policy", on day: String = "2026-10-01", level: String = "",
        organisations: [Int64] = [], people: String = ""
    ) throws -> TestResponse {
        try client.get("/barriers/new")
        return try client.post("/barriers", [
            ("title", title), ("category", category), ("raised_on", day), ("level", level), ("people_affected", people),
            ("description", "Nobody can be seen without a fixed address."),
        ] + organisations.map { ("organisation_ids", "\($0)") })
    }

    @Test func aBarrierKeepsItsDescriptionOrganisationsPeopleAffectedAndWhatChanged() throws {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        let coordinator = try test.signedIn([.coordinator])
        let raised = try raise(coordinator, "Detox needs an address", organisations: [riverside], people: "12")
        let path = try #require(raised.location?.split(separator: "?").first.map(String.init))
        try coordinator.get(path)
        #expect(try coordinator.post(path, [("status", "resolved"), ("on", "2026-11-01"), ("what_changed", "The service now accepts a care-of address.")]).status == 303)
        let page = try coordinator.get(path)
        #expect(page.contains("<dd>Nobody can be seen without a fixed address.</dd>"))
        #expect(page.contains("<dt>Partner organisations</dt><dd>Riverside Day Centre</dd>"))
        #expect(page.contains("<dt>People affected</dt><dd>12</dd>"))
        #expect(page.contains("<dd>The service now accepts a care-of address.</dd>"))
    }

    @Test func peopleAffectedIsANumberNeverNamesAndABadFormStoresNothing() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let refused = try raise(coordinator, "Kept title", people: "Robin and Ash")
        #expect(refused.status == 422)
        #expect(refused.contains("Enter how many people, as a number (for example 12), never names."))
        #expect(refused.contains(#"value="Kept title""#) && refused.contains(#"value="Robin and Ash""#))
        #expect(try raise(coordinator, "Unknown organisation", organisations: [999]).contains("Choose organisations from the list."))
        #expect(try test.count("SELECT count(*) FROM barriers") == 0)
    }

    @Test func theRegisterFiltersByOrganisationKindLevelAndStatus() throws {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        let coordinator = try test.signedIn([.coordinator])
        try raise(coordinator, "Housing threshold", category: "threshold", level: "coordinator", organisations: [riverside])
        try raise(coordinator, "Data sharing refused", category: "data-sharing", level: "champion")
        func shows(_ query: String) throws -> (Bool, Bool) {
            let page = try coordinator.get("/barriers?" + query)
            return (page.contains("Housing threshold"), page.contains("Data sharing refused"))
        }
        #expect(try shows("organisation=\(riverside)") == (true, false))
        #expect(try shows("category=data-sharing") == (false, true))
        #expect(try shows("level=coordinator") == (true, false))
        #expect(try shows("status=raised") == (true, true))
        #expect(try shows("status=escalated") == (false, false))
    }

    @Test func stuckLongestPutsTheOpenBarrierLongestInItsStatusFirst() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let old = try raise(coordinator, "Old but moving", on: "2026-01-01")
        try raise(coordinator, "Stuck since spring", on: "2026-04-01")
        try raise(coordinator, "Recently raised", on: "2026-11-01")
        let oldPath = try #require(old.location?.split(separator: "?").first.map(String.init))
        try coordinator.get(oldPath)
        try coordinator.post(oldPath, [("status", "action-plan"), ("on", "2026-10-01")])
        let newest = try coordinator.get("/barriers").body
        #expect(newest.range(of: "Recently raised")!.lowerBound < newest.range(of: "Stuck since spring")!.lowerBound)
        let stuck = try coordinator.get("/barriers?order=stuck").body
        let positions = ["Stuck since spring", "Old but moving", "Recently raised"].map { stuck.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func aChampionSeesTheirOwnOrganisationsBarriersFirst() throws {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        let fenland = try test.createOrganisation("Fenland Housing")
        let coordinator = try test.signedIn([.coordinator])
        try raise(coordinator, "Riverside barrier", on: "2026-01-01", organisations: [riverside])
        try raise(coordinator, "Fenland barrier", on: "2026-11-01", organisations: [fenland])
        let champion = try test.signedIn([.champion], organisationID: riverside).get("/barriers").body
        #expect(champion.range(of: "Riverside barrier")!.lowerBound < champion.range(of: "Fenland barrier")!.lowerBound)
        let others = try coordinator.get("/barriers").body
        #expect(others.range(of: "Fenland barrier")!.lowerBound < others.range(of: "Riverside barrier")!.lowerBound)
    }
}
