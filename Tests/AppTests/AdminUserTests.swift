import Foundation
import Testing
@testable import App

@Suite struct AdminUserTests {
    func invite(_ manager: TestClient, _ fields: [(String, String)]) throws -> TestResponse {
        try manager.get("/admin/users/new")
        return try manager.post("/admin/users", fields)
    }

    func linkPath(_ response: TestResponse) throws -> String {
        let match = try #require(response.body.firstMatch(of: /\/welcome\/([A-Za-z0-9_-]{43})/))
        return String(match.0)
    }

    @Test func aManagerInvitesSomeoneWhoChoosesTheirOwnPassword() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        let organisationID = try test.createOrganisation("Riverside Day Centre")
        let created = try invite(manager, [
            ("email", "casey@example.org"), ("display_name", "Casey Lund"),
            ("organisation_id", "\(organisationID)"), ("roles", "trusted-person"), ("roles", "champion"),
        ])
        #expect(created.status == 200)
        #expect(created.contains("Account created for Casey Lund"))
        let path = try linkPath(created)
        #expect(try test.count("SELECT count(*) FROM users WHERE email = 'casey@example.org' AND password_hash IS NULL") == 1)

        let casey = test.client()
        #expect(try casey.get(path).contains("casey@example.org"))
        let chosen = try casey.post(path, [("password", "lantern over quiet fields"), ("password_confirmation", "lantern over quiet fields")])
        #expect(chosen.status == 303)
        let home = try casey.get("/")
        #expect(home.contains("href=\"/alongside\""))
        #expect(home.contains("href=\"/organisation\""))
        #expect(try casey.get("/organisation").contains("Riverside Day Centre"))
        #expect(try test.client().get(path).status == 404)
        #expect(try test.client().signIn("casey@example.org", "lantern over quiet fields").status == 303)
    }

    @Test func badAccountDetailsAreExplainedAndNothingIsStored() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager], email: "boss@example.org")
        let response = try invite(manager, [("email", "BOSS@example.org"), ("display_name", " "), ("organisation_id", "999")])
        #expect(response.status == 422)
        #expect(response.contains("An account with this email address already exists."))
        #expect(response.contains("Enter a name."))
        #expect(response.contains("Choose at least one role."))
        #expect(response.contains("Choose an organisation from the list."))
        #expect(response.contains("value=\"BOSS@example.org\""))
        #expect(try test.count("SELECT count(*) FROM users") == 1)
    }

    @Test func anUnknownRoleIsABadRequest() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        let response = try invite(manager, [("email", "a@example.org"), ("display_name", "A"), ("roles", "superuser")])
        #expect(response.status == 400)
        #expect(try test.count("SELECT count(*) FROM users") == 1)
    }

    @Test func aManagerChangesRolesAndTheChangeIsRecorded() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        let id = try test.createUser("casey@example.org", roles: [.trustedPerson])
        try manager.get("/admin/users/\(id)")
        let response = try manager.post("/admin/users/\(id)", [("display_name", "Casey Lund"), ("organisation_id", ""), ("roles", "coordinator"), ("role_reason", "Joining the coordination team")])
        #expect(response.status == 303)
        #expect(try test.count("SELECT count(*) FROM user_roles WHERE user_id = \(id) AND role = 'coordinator'") == 1)
        #expect(try test.count("SELECT count(*) FROM user_roles WHERE user_id = \(id)") == 1)
        #expect(try manager.get("/admin/users/\(id)").contains("updated the account"))
        let casey = test.client()
        try casey.signIn("casey@example.org", TestApp.password)
        #expect(try casey.get("/caseload").status == 200)
        #expect(try casey.get("/alongside").status == 403)
    }

    @Test func aManagerCannotRemoveTheirOwnManagerRoleOrDeactivateThemself() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager], email: "boss@example.org")
        let id = try #require(try test.pool.read { db in try UserStore.find(email: "boss@example.org", db)?.id })
        try manager.get("/admin/users/\(id)")
        let demote = try manager.post("/admin/users/\(id)", [("display_name", "Boss"), ("roles", "coordinator")])
        #expect(demote.status == 422)
        #expect(demote.contains("You cannot change your own roles."))
        let deactivate = try manager.post("/admin/users/\(id)/deactivate")
        #expect(deactivate.status == 422)
        #expect(try test.count("SELECT count(*) FROM users WHERE active = 1") == 1)
        #expect(try test.count("SELECT count(*) FROM user_roles WHERE role = 'manager'") == 1)
    }

    @Test func deactivatingEndsSessionsAndStopsSignInButKeepsTheAccount() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        let worker = try test.signedIn([.coordinator], email: "worker@example.org")
        let id = try #require(try test.pool.read { db in try UserStore.find(email: "worker@example.org", db)?.id })
        try manager.get("/admin/users/\(id)")
        #expect(try manager.post("/admin/users/\(id)/deactivate").status == 303)
        #expect(try worker.get("/caseload").status == 303)
        #expect(try test.client().signIn("worker@example.org", TestApp.password).status == 401)
        #expect(try test.count("SELECT count(*) FROM users WHERE id = \(id) AND active = 0") == 1)
        #expect(try manager.post("/admin/users/\(id)/reactivate").status == 303)
        #expect(try test.client().signIn("worker@example.org", TestApp.password).status == 303)
    }

    @Test func aPasswordResetEndsSessionsAndGivesAOneTimeLink() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        let worker = try test.signedIn([.coordinator], email: "worker@example.org")
        let id = try #require(try test.pool.read { db in try UserStore.find(email: "worker@example.org", db)?.id })
        try manager.get("/admin/users/\(id)")
        let reset = try manager.post("/admin/users/\(id)/reset-password")
        #expect(reset.contains("Password reset for"))
        #expect(try worker.get("/caseload").status == 303)
        let path = try linkPath(reset)
        let again = test.client()
        try again.get(path)
        #expect(try again.post(path, [("password", "a brand new passphrase"), ("password_confirmation", "a brand new passphrase")]).status == 303)
        #expect(try test.client().signIn("worker@example.org", TestApp.password).status == 401)
        #expect(try test.client(address: "10.9.9.9").signIn("worker@example.org", "a brand new passphrase").status == 303)
    }

    @Test func theUsersListShowsEveryAccountWithItsStatus() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        try test.createUser("gone@example.org", roles: [.coordinator], name: "Gone Person", active: false)
        let page = try manager.get("/admin/users")
        #expect(page.contains("Gone Person"))
        #expect(page.contains("Deactivated"))
    }

    @Test func anUnknownAccountIsNotFound() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        #expect(try manager.get("/admin/users/9999").status == 404)
        #expect(try manager.get("/admin/users/abc").status == 404)
    }
}
