import Domain
import Foundation
import Testing
@testable import App

/// The champions' network directory: champions and coordinators with work contact details only,
/// for every professional role.
@Suite struct DirectoryTests {
    @Test func everyProfessionalSeesChampionsAndCoordinatorsWithWorkContactsOnly() throws {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        let champion = try test.createUser("alex@riverside.example.org", roles: [.champion], name: "Alex Moor", organisationID: riverside)
        try test.createUser("kit@county.example.org", roles: [.coordinator], name: "Kit Marsh")
        try test.createUser("gone@riverside.example.org", roles: [.champion], name: "Gone Champion", organisationID: riverside, active: false)
        try test.createUser("tp@riverside.example.org", roles: [.trustedPerson], name: "Only Trusted", organisationID: riverside)
        try test.pool.write { db in try DirectoryStore.setWorkPhone(userID: champion, "01223 555 010", db) }
        for role in [Role.trustedPerson, .champion, .coordinator, .manager] {
            let page = try test.signedIn([role], email: "\(role.rawValue)-reader@example.org").get("/directory")
            #expect(page.status == 200, "\(role)")
            #expect(page.contains(#"<th scope="row">Alex Moor</th><td>Champion</td><td>Riverside Day Centre</td>"#), "\(role)")
            #expect(page.contains("01223 555 010") && page.contains("mailto:kit@county.example.org"), "\(role)")
            #expect(!page.contains("Gone Champion") && !page.contains("Only Trusted"), "\(role)")
        }
        let individual = try test.signedIn([.individual])
        #expect(try individual.get("/directory").status == 403)
    }

    @Test func aProfessionalKeepsTheirOwnWorkPhoneAndABadNumberIsExplained() throws {
        let test = try TestApp()
        let champion = try test.signedIn([.champion], email: "alex@example.org")
        try champion.get("/account/work-contact")
        let bad = try champion.post("/account/work-contact", [("work_phone", "call me maybe")])
        #expect(bad.status == 422)
        #expect(bad.contains("Enter a work phone number") && bad.contains(#"value="call me maybe""#))
        #expect(try test.count("SELECT count(*) FROM users WHERE work_phone IS NOT NULL") == 0)
        #expect(try champion.post("/account/work-contact", [("work_phone", "+44 1733 555 020")]).status == 303)
        #expect(try champion.get("/directory").contains("+44 1733 555 020"))
    }
}
