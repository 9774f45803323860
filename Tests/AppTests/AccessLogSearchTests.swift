import Domain
import Foundation
import Testing
@testable import App

/// The manager's access-log search: by reference, user and London days, fifty a page with the
/// page clamped, reasons in words; what it shows is logged in one commit, and only managers reach it.
@Suite struct AccessLogSearchTests {
    struct World {
        let test: TestApp
        let manager: TestClient
        let robin: Int64
        let ash: Int64
        let cora: Int64
        let dee: Int64
    }

    static func world() throws -> World {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let ash = try test.refer("Ash")
        let cora = try test.createUser("cora@example.org", roles: [.coordinator], name: "Cora Lane")
        let dee = try test.createUser("dee@example.org", roles: [.coordinator], name: "Dee Holt")
        let log = test.app.services.personalData.log
        try log.record(AccessLogEntry(at: test.now, userID: cora, individualID: robin, categories: "notes,story", action: "view", reason: "GET /people/\(robin)/story"))
        try log.record(AccessLogEntry(at: test.now, userID: dee, individualID: ash, categories: "", action: "view", reason: "GET /people/\(ash)"))
        try log.record(AccessLogEntry(
            at: test.now.addingTimeInterval(-10 * 86_400), userID: dee, individualID: robin, categories: "plan", action: "change", reason: "POST /people/\(robin)/plan"))
        return World(test: test, manager: try test.signedIn([.manager], email: "mo@example.org"), robin: robin, ash: ash, cora: cora, dee: dee)
    }

    static func ref(_ id: Int64) -> String { PersonReference.format(Int(id)) }

    @Test func searchesByReferenceAndShowsEachReasonInWords() throws {
        let world = try Self.world()
        let robin = try world.test.pool.read { db in try IndividualStore.reference(id: world.robin, db) } ?? ""
        let page = try world.manager.get("/network/access-log?ref=\(robin.lowercased())")
        #expect(page.status == 200)
        #expect(page.contains("2 entries. Page 1 of 1."))
        #expect(page.contains("<td>Opened the story: Story, Notes</td>"))
        #expect(page.contains("<td>Changed the plan: Plan</td>"))
        #expect(!page.contains("GET /people"))
        #expect(!page.contains("Opened the record: summary only"))
    }

    @Test func searchesByUserAndByLondonDays() throws {
        let world = try Self.world()
        let byUser = try world.manager.get("/network/access-log?user=holt")
        #expect(byUser.contains("2 entries."))
        #expect(byUser.contains("Opened the record: summary only"))
        #expect(!byUser.contains("Opened the story"))
        let today = LondonTime.today(world.test.now)
        let recent = try world.manager.get("/network/access-log?from=\(today.adding(days: -1).iso)&to=\(today.iso)")
        #expect(recent.contains("2 entries."))
        let earlier = try world.manager.get("/network/access-log?to=\(today.adding(days: -1).iso)")
        #expect(earlier.contains("1 entries.") && earlier.contains("Changed the plan"))
        let nobody = try world.manager.get("/network/access-log?user=nobody-at-all")
        #expect(nobody.contains("0 entries.") && nobody.contains("No entries match."))
    }

    @Test func badSearchesSayWhyBesideTheFieldAndKeepWhatWasTyped() throws {
        let world = try Self.world()
        let page = try world.manager.get("/network/access-log?ref=robin&from=2026-11-10&to=2026-11-01")
        #expect(page.status == 422)
        #expect(page.contains("Enter a reference like CF-0042, or leave it empty."))
        #expect(page.contains("The end date cannot be before the start date."))
        #expect(page.contains(#"value="robin""#))
        #expect(!page.contains("entries. Page"))
    }

    @Test func pagesHoldFiftyAndThePageNumberIsClamped() throws {
        let world = try Self.world()
        let log = world.test.app.services.personalData.log
        try log.record((0..<117).map { index in
            AccessLogEntry(at: world.test.now, userID: world.cora, individualID: world.ash, categories: "", action: "view", reason: "GET /caseload")
        })
        let first = try world.manager.get("/network/access-log?user=cora")
        #expect(first.contains("118 entries. Page 1 of 3."))
        #expect(first.contains(#"href="/network/access-log?user&#61;cora&amp;page&#61;2" rel="next""#))
        #expect(first.body.components(separatedBy: "Opened the caseload").count - 1 == 50)
        let beyond = try world.manager.get("/network/access-log?user=cora&page=99")
        #expect(beyond.contains("Page 3 of 3."))
        #expect(beyond.body.components(separatedBy: "<td>Opened the").count - 1 == 18)
        #expect(!beyond.contains("Next page"))
        #expect(try world.manager.get("/network/access-log?user=cora&page=abc").contains("Page 1 of 3."))
        #expect(try world.manager.get("/network/access-log?user=cora&page=-4").contains("Page 1 of 3."))
    }

    @Test func everyPersonShownIsLoggedInOneCommitAndTheSearchDoesNotListItself() throws {
        let world = try Self.world()
        let managerID: Int64 = try world.test.pool.read { db in try db.scalar("SELECT id FROM users WHERE email = 'mo@example.org'") ?? 0 }
        let unseen = try world.test.refer("Bo")
        let batches = world.test.app.services.personalData.log.batchesWritten
        let page = try world.manager.get("/network/access-log")
        #expect(page.contains("3 entries."))
        #expect(world.test.app.services.personalData.log.batchesWritten == batches + 1)
        for id in [world.robin, world.ash] {
            #expect(try world.test.countLog(
                "SELECT count(*) FROM access_log WHERE individual_id = \(id) AND user_id = \(managerID) AND action = 'list' AND reason = 'access log search'") == 1)
        }
        #expect(try world.test.countLog("SELECT count(*) FROM access_log WHERE individual_id = \(unseen)") == 0)
        #expect(try world.manager.get("/network/access-log").contains("3 entries."))
        #expect(try world.manager.get("/network").contains("Search the access log"))
    }

    @Test(arguments: [Role.coordinator, .champion, .trustedPerson, .individual])
    func onlyManagersSearchTheLog(role: Role) throws {
        let world = try Self.world()
        #expect(try world.test.signedIn([role]).get("/network/access-log").status == 403)
    }
}
