import Foundation
import Testing
@testable import App

/// A control character typed into the handover steps, the person's own "share with someone"
/// form, or a trusted person's return, training and leaving forms comes back beside that field
/// (422) through the real router, the rest of the typed text kept without it, and nothing
/// stored; one in a field the page has no place for still stops the save, with the message in
/// the summary at the top.
@Suite struct ControlCharacterPeopleRoutesTests {
    /// Checks the form came back with the message beside `field` (wired to its input by
    /// `aria-describedby`), the summary linking to `anchor`, `kept` shown and no control
    /// character left in the page.
    func expectReported(
        _ response: TestResponse, field: String, anchor: String? = nil, kept: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(response.status == 422, sourceLocation: sourceLocation)
        #expect(response.contains("id=\"\(field)-error\""), sourceLocation: sourceLocation)
        #expect(response.contains("aria-describedby=\"\(field)-error\"") || response.contains(" \(field)-error\""), sourceLocation: sourceLocation)
        #expect(response.contains("href=\"#\(anchor ?? field)\""), sourceLocation: sourceLocation)
        #expect(response.contains(SubmittedForm.controlCharacterMessage), sourceLocation: sourceLocation)
        #expect(response.contains(kept), sourceLocation: sourceLocation)
        #expect(!ControlCharacterFormTests.characters.contains { response.body.contains($0) }, sourceLocation: sourceLocation)
    }

    /// Robin, with Sam as primary and Kim as back-up, a signed-in coordinator and a handover
    /// from Sam to Kim just proposed.
    func proposedHandover() throws -> (test: TestApp, coordinator: TestClient, robin: Int64, handover: Int64) {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let robin = try test.refer("Robin")
        let samLink = try test.link(robin, try test.createTrustedPerson("Sam"), role: .primary)
        let kim = try test.createTrustedPerson("Kim")
        try test.link(robin, kim, role: .backup)
        try coordinator.get("/people/\(robin)/handovers/new?link=\(samLink)")
        let proposed = try coordinator.post("/people/\(robin)/handovers", [("link", "\(samLink)"), ("incoming", "\(kim)"), ("outcome", "end")])
        let id = try #require(proposed.location?.split(separator: "/").last?.split(separator: "?").first.flatMap { Int64($0) })
        return (test, coordinator, robin, id)
    }

    @Test(arguments: ControlCharacterFormTests.characters)
    func theHandoverAgreementsOwnWords(_ character: String) throws {
        let (test, coordinator, robin, handover) = try proposedHandover()
        let consents = try test.count("SELECT count(*) FROM consents")
        try coordinator.get("/handovers/\(handover)")
        let response = try coordinator.post("/handovers/\(handover)/step", [
            ("stage", "agreed"), ("categories", "story"), ("words", "Kim can know\(character) what I told Sam."), ("how_given", "verbal"),
        ])
        expectReported(response, field: "words", kept: "Kim can know what I told Sam.")
        #expect(response.contains("id=\"category-story\" name=\"categories\" value=\"story\" checked"))
        #expect(try test.count("SELECT count(*) FROM consents") == consents)
        #expect(try test.count("SELECT count(*) FROM handover_steps WHERE handover_id = \(handover)") == 1)
        #expect(try test.count("SELECT count(*) FROM individuals WHERE id = \(robin)") == 1)
    }

    @Test func theHandoverNote() throws {
        let (test, coordinator, _, handover) = try proposedHandover()
        try coordinator.get("/handovers/\(handover)")
        let agreed = try coordinator.post("/handovers/\(handover)/step", [
            ("stage", "agreed"), ("categories", "story"), ("words", "Kim can know what I told Sam."), ("how_given", "verbal"),
        ])
        #expect(agreed.status == 303)
        try coordinator.get("/handovers/\(handover)")
        let response = try coordinator.post(
            "/handovers/\(handover)/step", [("stage", "note-written"), ("note", "Robin prefers\u{1B} mornings.")])
        expectReported(response, field: "note", kept: "Robin prefers mornings.")
        #expect(try test.count("SELECT count(*) FROM handover_steps WHERE handover_id = \(handover)") == 2)
        #expect(try test.count("SELECT count(*) FROM handovers WHERE id = \(handover) AND note <> ''") == 0)
    }

    @Test func aTamperedHandoverStageStopsTheStepWithTheMessageAtTheTop() throws {
        let (test, coordinator, _, handover) = try proposedHandover()
        try coordinator.get("/handovers/\(handover)")
        let response = try coordinator.post("/handovers/\(handover)/step", [("stage", "cancelled\u{0}")])
        #expect(response.status == 422)
        #expect(response.contains("class=\"error-summary\""))
        #expect(response.contains(SubmittedForm.controlCharacterMessage))
        #expect(response.contains("href=\"#stage\""), "the summary links to the step forms")
        #expect(response.contains("<div id=\"stage\" class=\"stack\">"), "which are on the page, under that id")
        #expect(response.contains("id=\"stage-error\""), "with the message above them")
        #expect(try test.count("SELECT count(*) FROM handover_steps WHERE handover_id = \(handover)") == 1)
        #expect(try test.count("SELECT count(*) FROM handovers WHERE id = \(handover) AND stage = 'proposed'") == 1)
    }

    @Test(arguments: ControlCharacterFormTests.characters)
    func thePersonsOwnWordsWhenSharing(_ character: String) throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let sam = try test.createTrustedPerson("Sam Carter")
        try test.link(robin, sam)
        let me = try test.signedInAsThePerson(robin)
        me.lastCSRFToken = try me.get("/me/sharing/new").csrfToken
        let fields = [("recipient", String(sam)), ("categories", "plan"), ("words", "So Sam\(character) can help")]
        let response = try me.post("/me/sharing", fields)
        expectReported(response, field: "words", kept: "So Sam can help")
        #expect(response.contains("<option value=\"\(sam)\" selected>Sam Carter</option>"))
        #expect(try me.post("/me/sharing", fields + [("confirm", "yes")]).status == 422)
        #expect(try test.consents(robin).count == 1)
    }

    @Test func aTamperedTickBoxWhenSharingStopsTheSaveBesideTheBoxes() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let sam = try test.createTrustedPerson("Sam Carter")
        try test.link(robin, sam)
        let me = try test.signedInAsThePerson(robin)
        me.lastCSRFToken = try me.get("/me/sharing/new").csrfToken
        let response = try me.post("/me/sharing", [("recipient", String(sam)), ("categories", "plan\u{7}"), ("confirm", "yes")])
        expectReported(response, field: "categories", kept: "id=\"category-plan\" name=\"categories\" value=\"plan\" checked")
        #expect(try test.consents(robin).count == 1)
    }

    @Test func theDayATrustedPersonCameBack() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let sam = try test.createTrustedPerson("Sam")
        try test.link(try test.refer("Robin"), sam, role: .primary)
        try coordinator.get("/trusted-people/\(sam)")
        #expect(try coordinator.post(
            "/trusted-people/\(sam)/absence", [("kind", "sickness"), ("from", "2026-11-18"), ("expected_return", "2027-02-03")]).status == 303)
        try coordinator.get("/trusted-people/\(sam)")
        let response = try coordinator.post("/trusted-people/\(sam)/return", [("returned_on", "18 11\u{0} 2026")])
        expectReported(response, field: "returned_on", kept: "value=\"18 11 2026\"")
        #expect(try test.count("SELECT count(*) FROM absences WHERE returned_on IS NULL") == 1)
    }

    @Test func theTrainingProvider() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let sam = try test.createTrustedPerson("Sam")
        try coordinator.get("/trusted-people/\(sam)")
        let before = try ControlCharacterWalkTests.snapshot(test)
        let response = try coordinator.post(
            "/trusted-people/\(sam)/training",
            [("course", "trauma-informed-practice"), ("attended_on", "2026-10-01"), ("provider", "County\u{1B} trainers"), ("places", "12")])
        expectReported(response, field: "provider", kept: "value=\"County trainers\"")
        #expect(response.contains("value=\"12\""))
        #expect(try ControlCharacterWalkTests.snapshot(test) == before)
    }

    @Test(arguments: [false, true])
    func theLeaversNote(confirmed: Bool) throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let sam = try test.createTrustedPerson("Sam")
        try test.link(try test.refer("Robin"), sam, role: .backup)
        try coordinator.get("/trusted-people/\(sam)")
        let response = try coordinator.post(
            "/trusted-people/\(sam)/leave", [("reason", "other"), ("note", "Moved\u{7} to another county")] + (confirmed ? [("confirm", "yes")] : []))
        expectReported(response, field: "note", anchor: "leave-note", kept: ">Moved to another county</textarea>")
        #expect(response.contains("<option value=\"other\" selected>"))
        #expect(try test.count("SELECT count(*) FROM bulk_handovers") == 0)
        #expect(try test.count("SELECT count(*) FROM trust_links WHERE status = 'active'") == 1)
    }

    @Test func aTamperedLeavingReasonStopsTheSaveBesideTheChoice() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let sam = try test.createTrustedPerson("Sam")
        try coordinator.get("/trusted-people/\(sam)")
        let response = try coordinator.post("/trusted-people/\(sam)/leave", [("reason", "left-role\u{0}"), ("confirm", "yes")])
        expectReported(response, field: "reason", anchor: "leave-reason", kept: "Leaving their role")
        #expect(try test.count("SELECT count(*) FROM bulk_handovers") == 0)
        #expect(try test.count("SELECT count(*) FROM trusted_people WHERE left_role_on IS NOT NULL") == 0)
    }
}
