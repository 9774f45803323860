import Foundation
import Testing
@testable import App

@Suite struct AccountPasswordTests {
    @Test func changingThePasswordSignsOutEverywhereElse() throws {
        let test = try TestApp()
        let laptop = try test.signedIn([.coordinator], email: "sam@example.org")
        let phone = test.client()
        try phone.signIn("sam@example.org", TestApp.password)
        try laptop.get("/account/password")
        let response = try laptop.post("/account/password", [
            ("current_password", TestApp.password), ("password", "another long passphrase"),
            ("password_confirmation", "another long passphrase"),
        ])
        #expect(response.status == 303)
        #expect(try laptop.get("/caseload").status == 200)
        #expect(try phone.get("/caseload").status == 303)
        #expect(try test.client().signIn("sam@example.org", "another long passphrase").status == 303)
    }

    @Test func aWrongCurrentPasswordChangesNothing() throws {
        let test = try TestApp()
        let client = try test.signedIn([.coordinator], email: "sam@example.org")
        try client.get("/account/password")
        let response = try client.post("/account/password", [
            ("current_password", "wrong"), ("password", "another long passphrase"),
            ("password_confirmation", "another long passphrase"),
        ])
        #expect(response.status == 422)
        #expect(response.contains("Your current password is not right."))
        #expect(try test.client().signIn("sam@example.org", TestApp.password).status == 303)
    }
}

@Suite struct AdminOrganisationTests {
    @Test func aManagerAddsAndEditsAnOrganisation() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        try manager.get("/admin/organisations/new")
        let created = try manager.post("/admin/organisations", [("name", "Fen Edge Housing"), ("sector", "commissioned"), ("pledge_signed_on", "2026-03-01")])
        #expect(created.status == 303)
        let list = try manager.get("/admin/organisations?notice=organisation-saved")
        #expect(list.contains("Fen Edge Housing"))
        #expect(list.contains("1 Mar 2026"))
        #expect(list.contains("The organisation has been saved."))
        let id = try test.count("SELECT id FROM organisations")
        try manager.get("/admin/organisations/\(id)")
        #expect(try manager.post("/admin/organisations/\(id)", [("name", "Fen Edge Housing Association"), ("sector", "voluntary-community"), ("pledge_signed_on", "")]).status == 303)
        #expect(try test.count("SELECT count(*) FROM organisations WHERE name = 'Fen Edge Housing Association' AND sector = 'voluntary-community' AND pledge_signed_on IS NULL") == 1)
    }

    @Test func badOrganisationDetailsAreExplainedAndNothingIsStored() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        _ = try test.createOrganisation("Riverside Day Centre")
        try manager.get("/admin/organisations/new")
        let response = try manager.post("/admin/organisations", [("name", "riverside day centre"), ("sector", "charity"), ("pledge_signed_on", "2099-01-01")])
        #expect(response.status == 422)
        #expect(response.contains("An organisation with this name already exists."))
        #expect(response.contains("Choose the organisation&#39;s sector.") || response.contains("Choose the organisation's sector."))
        #expect(response.contains("The pledge date cannot be in the future."))
        #expect(response.contains("value=\"riverside day centre\""))
        #expect(try test.count("SELECT count(*) FROM organisations") == 1)
    }

    @Test func aChampionSeesTheirOrganisationsTrustedPersons() throws {
        let test = try TestApp()
        let organisationID = try test.createOrganisation("Riverside Day Centre")
        let otherID = try test.createOrganisation("Elsewhere")
        let taylor = try test.createTrustedPerson("Taylor Reed", organisationID: organisationID)
        _ = try test.createTrustedPerson("Other Org Person", organisationID: otherID)
        let person = try test.refer("Robin Secretname")
        try test.link(person, taylor, role: .primary)
        let champion = try test.signedIn([.champion], organisationID: organisationID)
        let page = try champion.get("/organisation")
        #expect(page.contains("Riverside Day Centre"))
        #expect(page.contains("Taylor Reed"))
        #expect(page.contains("<td class=\"number\">1</td>"))
        #expect(!page.contains("Other Org Person"))
        #expect(!page.contains("Robin Secretname"))
    }
}
