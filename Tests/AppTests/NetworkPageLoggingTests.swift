import Domain
import Foundation
import Testing
@testable import App

/// The manager's network page shows people's references (the latest access log entries and
/// safeguarding overrides, with their reasons); each person shown there is logged, in one commit.
@Suite struct NetworkPageLoggingTests {
    @Test func everyPersonWhoseReferenceAppearsIsLoggedOnceInOneCommit() throws {
        let test = try TestApp()
        let overridden = try test.refer("Robin")
        let viewed = try test.refer("Ash")
        let unseen = try test.refer("Bo")
        let coordinatorID = try test.createUser("cora@example.org", roles: [.coordinator])
        try test.pool.write { db in
            try SafeguardingOverrideStore.open(
                individualID: overridden, userID: coordinatorID, categories: [.safety], reason: "Risk to life reported tonight", now: test.now, db)
        }
        try test.app.services.personalData.log.record(
            AccessLogEntry(at: test.now, userID: coordinatorID, individualID: viewed, categories: "", action: "view", reason: "Opened the record page"))
        let manager = try test.signedIn([.manager], email: "mo@example.org")
        let managerID: Int64 = try test.pool.read { db in try db.scalar("SELECT id FROM users WHERE email = 'mo@example.org'") ?? 0 }
        let batches = test.app.services.personalData.log.batchesWritten
        let page = try manager.get("/network")
        #expect(page.status == 200)
        #expect(page.contains("Risk to life reported tonight"))
        #expect(test.app.services.personalData.log.batchesWritten == batches + 1)
        for id in [overridden, viewed] {
            #expect(try test.countLog(
                "SELECT count(*) FROM access_log WHERE individual_id = \(id) AND user_id = \(managerID) AND action = 'list' AND reason = 'network page' AND categories = ''") == 1)
        }
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE individual_id = \(unseen)") == 0)
    }

    @Test func theManagersOwnListingsDoNotCrowdOutWhoLooked() throws {
        let test = try TestApp()
        let viewed = try test.refer("Ash")
        let coordinatorID = try test.createUser("cora@example.org", roles: [.coordinator], name: "Cora Lane")
        try test.app.services.personalData.log.record(
            AccessLogEntry(at: test.now, userID: coordinatorID, individualID: viewed, categories: "", action: "view", reason: "Opened the record page"))
        let manager = try test.signedIn([.manager])
        for _ in 0..<60 { try manager.get("/network") }
        let page = try manager.get("/network")
        #expect(page.contains("Cora Lane"))
        #expect(!page.contains("list: network page"))
    }
}
