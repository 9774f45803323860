import Domain
import Foundation
import Testing
@testable import App

/// A champion invites a trusted person from their own organisation; the account is made only when
/// a manager or coordinator approves, with the usual one-time invitation link.
@Suite struct InvitationTests {
    func invite(_ champion: TestClient, name: String = "Jo Bright", email: String = "jo@riverside.example.org") throws -> TestResponse {
        try champion.get("/organisation/invite")
        return try champion.post("/organisation/invite", [("display_name", name), ("email", email), ("paid", "volunteer")])
    }

    @Test func aCoordinatorApprovesAndTheAccountIsMadeInTheChampionsOrganisationWithAOneTimeLink() throws {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        let champion = try test.signedIn([.champion], organisationID: riverside)
        let sent = try invite(champion)
        #expect(sent.location == "/organisation?notice=invitation-sent")
        #expect(try champion.get("/organisation").contains("Jo Bright, invited"))
        #expect(try test.count("SELECT count(*) FROM users WHERE email = 'jo@riverside.example.org'") == 0)

        let coordinator = try test.signedIn([.coordinator])
        let list = try coordinator.get("/invitations")
        #expect(list.contains("Jo Bright") && list.contains("Riverside Day Centre"))
        let id = try test.count("SELECT id FROM trusted_person_invitations")
        let approved = try coordinator.post("/invitations/\(id)/approve")
        #expect(approved.status == 200)
        let link = try #require(approved.body.firstMatch(of: /(\/welcome\/[A-Za-z0-9_-]+)/).map { String($0.1) })
        #expect(try test.count(
            """
            SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id JOIN trusted_people t ON t.user_id = u.id
            WHERE u.email = 'jo@riverside.example.org' AND u.organisation_id = \(riverside) AND r.role = 'trusted-person'
              AND t.organisation_id = \(riverside) AND t.paid = 'volunteer' AND u.password_hash IS NULL
            """) == 1)
        #expect(try test.count("SELECT count(*) FROM trusted_person_invitations WHERE status = 'approved'") == 1)
        let welcome = try test.client().get(link)
        #expect(welcome.status == 200)
        #expect(try champion.get("/organisation").contains(#"<th scope="row">Jo Bright</th><td>Person</td><td>Volunteer</td>"#))
        #expect(try coordinator.post("/invitations/\(id)/approve").status == 404)
    }

    @Test func aDeclinedInvitationMakesNothing() throws {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        try invite(try test.signedIn([.champion], organisationID: riverside))
        let manager = try test.signedIn([.manager])
        try manager.get("/invitations")
        let id = try test.count("SELECT id FROM trusted_person_invitations")
        #expect(try manager.post("/invitations/\(id)/decline").location == "/invitations?notice=invitation-declined")
        #expect(try test.count("SELECT count(*) FROM users WHERE email = 'jo@riverside.example.org'") == 0)
        #expect(try test.count("SELECT count(*) FROM trusted_people") == 0)
    }

    @Test func aBadInvitationIsExplainedKeepsWhatWasTypedAndStoresNothing() throws {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        let champion = try test.signedIn([.champion], organisationID: riverside)
        let bad = try invite(champion, name: "Jo Bright", email: "not-an-email")
        #expect(bad.status == 422)
        #expect(bad.contains(#"value="Jo Bright""#) && bad.contains(#"value="not-an-email""#))
        #expect(bad.contains("field-error"))
        let taken = try invite(champion, name: "Someone", email: "champion@example.org")
        #expect(taken.contains("An account with this email address already exists."))
        try invite(champion)
        #expect(try invite(champion).contains("already been invited and is waiting for approval"))
        #expect(try test.count("SELECT count(*) FROM trusted_person_invitations") == 1)
    }
}
