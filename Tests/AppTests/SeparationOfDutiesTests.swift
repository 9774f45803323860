import Domain
import Foundation
import Testing
@testable import App

/// Separation of duties (PRODUCT.md: "Nobody changes their own roles; granting coordinator or
/// manager needs a reason and is shown on the network page").
@Suite struct SeparationOfDutiesTests {
    static let reason = "covering the Fenland caseload"

    func userID(_ test: TestApp, _ email: String) throws -> Int64 {
        try #require(try test.pool.read { db in try UserStore.find(email: email, db)?.id })
    }

    /// Pat Manager, signed in, and Sam Coordinator's account (a trusted person for now).
    func managerAndSam(_ test: TestApp) throws -> (TestClient, Int64) {
        try test.createUser("pat@example.org", roles: [.manager], name: "Pat Manager")
        let manager = test.client()
        try manager.signIn("pat@example.org", TestApp.password)
        return (manager, try test.createUser("sam@example.org", roles: [.trustedPerson], name: "Sam Coordinator"))
    }

    @Test func aManagerCannotGiveThemselfTheCoordinatorRole() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager], email: "boss@example.org")
        let id = try userID(test, "boss@example.org")
        try manager.get("/admin/users/\(id)")
        let response = try manager.post("/admin/users/\(id)", [
            ("display_name", "Boss"), ("organisation_id", ""), ("roles", "manager"), ("roles", "coordinator"),
            ("role_reason", "I need to read every record myself"),
        ])
        #expect(response.status == 422)
        #expect(response.contains("You cannot change your own roles. Ask another manager to do it."))
        #expect(response.contains("id=\"role-coordinator\" name=\"roles\" value=\"coordinator\" checked"))
        #expect(response.contains("I need to read every record myself</textarea>"))
        #expect(try test.count("SELECT count(*) FROM user_roles WHERE user_id = \(id)") == 1)
        #expect(try test.count("SELECT count(*) FROM role_grants") == 0)
        #expect(try test.count("SELECT count(*) FROM admin_events WHERE action = 'updated the account'") == 0)
        #expect(try manager.get("/caseload").status == 403)
    }

    @Test func aManagerMayStillRenameThemselfWithTheSameRoles() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager], email: "boss@example.org")
        let id = try userID(test, "boss@example.org")
        let page = try manager.get("/admin/users/\(id)")
        #expect(page.contains("you cannot change your own roles"))
        let response = try manager.post("/admin/users/\(id)", [("display_name", "Bo Renamed"), ("roles", "manager"), ("role_reason", "")])
        #expect(response.status == 303)
        #expect(try test.count("SELECT count(*) FROM users WHERE display_name = 'Bo Renamed'") == 1)
    }

    @Test func givingSomeoneTheCoordinatorRoleNeedsAReasonBesideTheRoles() throws {
        let test = try TestApp()
        let (manager, sam) = try managerAndSam(test)
        try manager.get("/admin/users/\(sam)")
        let fields = [("display_name", "Sam Coordinator"), ("organisation_id", ""), ("roles", "trusted-person"), ("roles", "coordinator")]
        let missing = try manager.post("/admin/users/\(sam)", fields + [("role_reason", "  ")])
        #expect(missing.status == 422)
        #expect(missing.contains("Say why this person needs the coordinator role."))
        #expect(missing.contains("id=\"role-coordinator\" name=\"roles\" value=\"coordinator\" checked"))
        let short = try manager.post("/admin/users/\(sam)", fields + [("role_reason", "busy")])
        #expect(short.status == 422)
        #expect(short.contains("Give a reason of at least 10 characters"))
        #expect(short.contains(">busy</textarea>"))
        let long = try manager.post("/admin/users/\(sam)", fields + [("role_reason", String(repeating: "x", count: 501))])
        #expect(long.status == 422)
        #expect(long.contains("Use 500 characters or fewer."))
        #expect(try test.count("SELECT count(*) FROM user_roles WHERE user_id = \(sam) AND role = 'coordinator'") == 0)
        #expect(try test.count("SELECT count(*) FROM role_grants") == 0)
        #expect(try test.count("SELECT count(*) FROM admin_events") == 0)

        let granted = try manager.post("/admin/users/\(sam)", fields + [("role_reason", "  \(Self.reason) ")])
        #expect(granted.status == 303)
        let pat = try userID(test, "pat@example.org")
        #expect(try test.count("""
            SELECT count(*) FROM role_grants WHERE user_id = \(sam) AND role = 'coordinator' AND change = 'granted'
            AND by_user_id = \(pat) AND reason = '\(Self.reason)'
            """) == 1)
        #expect(try test.count("SELECT count(*) FROM role_grants") == 1)
        #expect(try manager.get("/admin/users/\(sam)").contains("reason: \(Self.reason)"))
    }

    @Test func takingARoleAwayNeedsNoReasonAndIsRecorded() throws {
        let test = try TestApp()
        let (manager, _) = try managerAndSam(test)
        let jo = try test.createUser("jo@example.org", roles: [.coordinator, .trustedPerson], name: "Jo Worker")
        try manager.get("/admin/users/\(jo)")
        let response = try manager.post("/admin/users/\(jo)", [("display_name", "Jo Worker"), ("roles", "trusted-person"), ("role_reason", "")])
        #expect(response.status == 303)
        #expect(try test.count("SELECT count(*) FROM user_roles WHERE user_id = \(jo)") == 1)
        #expect(try test.count("SELECT count(*) FROM role_grants WHERE user_id = \(jo) AND role = 'coordinator' AND change = 'revoked'") == 1)
        let network = try manager.get("/network")
        #expect(network.contains("<td>Jo Worker</td><td>Coordinator</td><td>Taken away</td><td>Pat Manager</td>"))
    }

    @Test func invitingACoordinatorOrManagerNeedsAReason() throws {
        let test = try TestApp()
        let (manager, _) = try managerAndSam(test)
        try manager.get("/admin/users/new")
        let fields = [("email", "new@example.org"), ("display_name", "Nia New"), ("organisation_id", ""), ("roles", "manager")]
        let refused = try manager.post("/admin/users", fields + [("role_reason", "")])
        #expect(refused.status == 422)
        #expect(refused.contains("Say why this person needs the manager role."))
        #expect(refused.contains("value=\"new@example.org\""))
        #expect(try test.count("SELECT count(*) FROM users WHERE email = 'new@example.org'") == 0)
        let created = try manager.post("/admin/users", fields + [("role_reason", "Second programme manager from January")])
        #expect(created.status == 200)
        let nia = try userID(test, "new@example.org")
        #expect(try test.count("SELECT count(*) FROM role_grants WHERE user_id = \(nia) AND role = 'manager' AND change = 'granted'") == 1)
    }

    @Test func theNetworkPageShowsWhoGaveWhichRoleAndWhy() throws {
        let test = try TestApp()
        let (manager, sam) = try managerAndSam(test)
        #expect(try manager.get("/network").contains("None yet."))
        try manager.get("/admin/users/\(sam)")
        try manager.post("/admin/users/\(sam)", [("display_name", "Sam Coordinator"), ("roles", "coordinator"), ("role_reason", Self.reason)])
        let network = try manager.get("/network")
        #expect(network.contains("Coordinator and manager roles given and taken away"))
        #expect(network.contains("<td>Sam Coordinator</td><td>Coordinator</td><td>Given</td><td>Pat Manager</td><td>\(Self.reason)</td>"))
    }

    @Test func thePersonSeesWhoGaveTheRoleUsedToOpenTheirRecord() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let (manager, sam) = try managerAndSam(test)
        try test.createUser("priya@example.org", roles: [.coordinator], name: "Priya Direct")
        let priya = test.client()
        try priya.signIn("priya@example.org", TestApp.password)
        try priya.get("/people/\(person)")
        try manager.get("/admin/users/\(sam)")
        try manager.post("/admin/users/\(sam)", [("display_name", "Sam Coordinator"), ("roles", "coordinator"), ("role_reason", Self.reason)])
        test.advance(by: 60)
        let samClient = test.client()
        try samClient.signIn("sam@example.org", TestApp.password)
        #expect(try samClient.get("/people/\(person)").status == 200)

        let robin = try test.signedInAsThePerson(person)
        let looked = try robin.get("/me/looked")
        let day = LondonTime.today(test.now).display
        #expect(looked.contains("At the time, Sam Coordinator had the coordinator role. Pat Manager gave it to them on \(day), saying: “\(Self.reason)”."))
        #expect(looked.body.components(separatedBy: "At the time,").count == 2)
        #expect(looked.contains("Priya Direct"))
    }

    @Test func aLookAfterTheRoleWasTakenAwayDoesNotShowTheGrant() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let (manager, sam) = try managerAndSam(test)
        try manager.get("/admin/users/\(sam)")
        try manager.post("/admin/users/\(sam)", [("display_name", "Sam Coordinator"), ("roles", "coordinator"), ("role_reason", Self.reason)])
        test.advance(by: 60)
        let samClient = test.client()
        try samClient.signIn("sam@example.org", TestApp.password)
        try samClient.get("/people/\(person)")
        test.advance(by: 60)
        try manager.get("/admin/users/\(sam)")
        #expect(try manager.post("/admin/users/\(sam)", [("display_name", "Sam Coordinator"), ("roles", "trusted-person"), ("role_reason", "")]).status == 303)
        test.advance(by: 60)
        try test.app.services.accessLog.pool.write { db in
            try db.execute(
                "INSERT INTO access_log (at, user_id, individual_id, categories, action, reason) VALUES (?, ?, ?, '', 'viewed', 'a later look')",
                test.now, sam, person)
        }
        let lines = try test.pool.read { db in try test.app.services.accessLog.lines(for: person, names: db) }
        #expect(lines.map(\.reason).first == "a later look")
        #expect(lines.first?.grants.isEmpty == true)
        #expect(lines.dropFirst().first?.grants.map(\.grant.role) == [.coordinator])
    }

    @Test func theFirstManagersRoleIsRecordedAsGivenAtSetUp() throws {
        let test = try TestApp()
        let link = try #require(try test.app.firstRunLink(now: test.now))
        let path = try #require(URL(string: link)?.path)
        let client = test.client()
        try client.get(path)
        #expect(try client.post(path, [
            ("display_name", "Alex Mercer"), ("email", "alex@example.org"),
            ("password", "a long enough passphrase"), ("password_confirmation", "a long enough passphrase"),
        ]).status == 303)
        #expect(try test.count("SELECT count(*) FROM role_grants WHERE role = 'manager' AND change = 'granted' AND by_user_id IS NULL") == 1)
        try client.enrol("alex@example.org")
        #expect(try client.get("/network").contains("<td>Alex Mercer</td><td>Manager</td><td>Given</td><td>No one: made at set-up</td>"))
    }

    @Test func theDemoAccountsHaveTheirGrantsRecorded() throws {
        let test = try TestApp()
        _ = try DemoData.load(test.app.services, now: test.now)
        #expect(try test.count("SELECT count(*) FROM role_grants WHERE by_user_id IS NULL AND change = 'granted'") >= 2)
        #expect(try test.count("""
            SELECT count(*) FROM user_roles r WHERE r.role IN ('coordinator', 'manager') AND NOT EXISTS
            (SELECT 1 FROM role_grants g WHERE g.user_id = r.user_id AND g.role = r.role)
            """) == 0)
    }
}
