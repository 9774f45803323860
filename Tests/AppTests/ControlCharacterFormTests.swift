import Foundation
import HTTP
import Testing
@testable import App

/// A control character typed into a text field of a form people type into comes back beside
/// that field (422), with the rest of the typed text kept and nothing stored, through the real
/// router: story, contact, consent, barrier, account, help request and the person's own words.
@Suite struct ControlCharacterFormTests {
    /// The three characters the tests type: a NUL, an escape and a bell.
    static let characters = ["\u{0}", "\u{1B}", "\u{7}"]

    /// Checks the form came back with the message beside `field`, the summary linking to it,
    /// `kept` shown and no control character left in the page.
    func expectReported(_ response: TestResponse, field: String, kept: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(response.status == 422, sourceLocation: sourceLocation)
        #expect(response.contains("id=\"\(field)-error\""), sourceLocation: sourceLocation)
        #expect(response.contains("href=\"#\(field)\""), sourceLocation: sourceLocation)
        #expect(response.contains("invisible control character"), sourceLocation: sourceLocation)
        #expect(response.contains(kept), sourceLocation: sourceLocation)
        #expect(!Self.characters.contains { response.body.contains($0) }, sourceLocation: sourceLocation)
    }

    @Test(arguments: characters)
    func aStoryEntry(_ character: String) throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)/story/new")
        let response = try coordinator.post(
            "/people/\(person)/story", [("category", "story"), ("told_on", "2026-02-01"), ("body", "First\(character) telling")])
        expectReported(response, field: "body", kept: "First telling")
        #expect(try test.count("SELECT count(*) FROM story_entries") == 0)
    }

    @Test(arguments: characters)
    func aReferral(_ character: String) throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/new")
        let response = try coordinator.post(
            "/people", [("preferred_name", "Robin\(character) Ash"), ("district", "fenland"), ("cohort_group", "not-known"), ("referred_on", "2026-02-01")])
        expectReported(response, field: "preferred_name", kept: "Robin Ash")
        #expect(try test.count("SELECT count(*) FROM individuals") == 0)
    }

    @Test func aChangeOfDetails() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)/edit")
        let response = try coordinator.post(
            "/people/\(person)/edit", [("preferred_name", "Robin"), ("legal_name", "Robin\u{0} Ash"), ("district", "fenland"), ("cohort_group", "not-known"), ("referred_on", "2026-02-01")])
        expectReported(response, field: "legal_name", kept: "Robin Ash")
        #expect(try test.count("SELECT count(*) FROM individuals WHERE legal_name LIKE '%Ash%'") == 0)
    }

    @Test func aContact() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)/contacts/new")
        let response = try coordinator.post("/people/\(person)/contacts", [
            ("contact_on", "2026-02-03"), ("kind", "in-person"), ("services_involved", "GP\u{1B} surgery"), ("category", "notes"),
            ("note", "Went to the GP together"),
        ])
        expectReported(response, field: "services_involved", kept: "GP surgery")
        #expect(response.contains("Went to the GP together"))
        #expect(try test.count("SELECT count(*) FROM contacts") == 0)
    }

    @Test func aConsent() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        let before = try test.count("SELECT count(*) FROM consents")
        try coordinator.get("/people/\(person)/consents/new")
        let response = try coordinator.post("/people/\(person)/consents", [
            ("recipient", "coordination-team"), ("categories", "story"), ("purpose", "Support\u{0} with housing"), ("how_given", "verbal"),
            ("given_on", "2026-02-01"), ("review_by", "2027-01-01"),
        ])
        expectReported(response, field: "purpose", kept: "Support with housing")
        #expect(try test.count("SELECT count(*) FROM consents") == before)
    }

    @Test func aBarrier() throws {
        let test = try TestApp()
        let champion = try test.signedIn([.champion], organisationID: try test.createOrganisation("Riverside Day Centre"))
        try champion.get("/barriers/new")
        let response = try champion.post(
            "/barriers", [("title", "Detox waiting\u{7} list"), ("category", "eligibility"), ("raised_on", "2026-10-01"), ("level", "champion")])
        expectReported(response, field: "title", kept: "Detox waiting list")
        #expect(try test.count("SELECT count(*) FROM barriers") == 0)
    }

    @Test func anAccount() throws {
        let test = try TestApp()
        let manager = try test.signedIn([.manager])
        let before = try test.count("SELECT count(*) FROM users")
        try manager.get("/admin/users/new")
        let response = try manager.post(
            "/admin/users", [("email", "casey@example.org"), ("display_name", "Casey\u{0} Lund"), ("roles", "trusted-person")])
        expectReported(response, field: "display_name", kept: "Casey Lund")
        #expect(response.contains("casey@example.org"))
        #expect(try test.count("SELECT count(*) FROM users") == before)
    }

    @Test func aHelpRequest() throws {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        let (sam, samID) = try test.signedInTrustedPerson(organisationID: riverside)
        let robin = try test.refer("Robin Quill")
        try test.link(robin, samID, role: .primary)
        try sam.get("/help/new")
        let response = try sam.post(
            "/help/new", [("individual", "\(robin)"), ("addressed_to", "champion"), ("text", "The landlord\u{1B} stopped answering.")])
        expectReported(response, field: "text", kept: "The landlord stopped answering.")
        #expect(try test.count("SELECT count(*) FROM help_requests") == 0)
    }

    @Test(arguments: characters)
    func thePersonsOwnWords(_ character: String) throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let me = try test.signedInAsThePerson(robin)
        me.lastCSRFToken = try me.get("/me/story").csrfToken
        let response = try me.post("/me/story", [("body", "I want to be near\(character) my daughter.")])
        expectReported(response, field: "body", kept: "I want to be near my daughter.")
        #expect(try test.count("SELECT count(*) FROM story_entries") == 0)
    }

    @Test func theSubmittedFormNotesEachFieldWithAControlCharacterAndKeepsTheRestOfItsText() {
        let form = FormData([("body", " Hello\u{0} there "), ("ticked", "3\u{7}"), ("_csrf", "abc\u{0}"), ("clean", "ok\tfine\r\n")])
        let input = SubmittedForm(form, fields: ["body", "clean"], untrimmed: ["clean"])
        #expect(input["body"] == "Hello there")
        #expect(input["clean"] == "ok\tfine\r\n")
        #expect(input.controlCharacterErrors["body"] == SubmittedForm.controlCharacterMessage)
        #expect(input.controlCharacterErrors["ticked"] == SubmittedForm.controlCharacterMessage)
        #expect(input.controlCharacterErrors["_csrf"] == nil)
        #expect(input.controlCharacterErrors["clean"] == nil)
        #expect(SubmittedForm(FormData([("body", "Fine")]), fields: ["body"]).controlCharacterErrors.isEmpty)
    }
}
