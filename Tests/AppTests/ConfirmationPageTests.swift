import Domain
import Foundation
import Testing
@testable import App

/// Issue 15: every irreversible action asks first, on a page that says what will happen, to
/// whom, and that it cannot be undone; nothing changes until the answer "yes" is posted.
@Suite struct ConfirmationPageTests {
    @Test func withdrawingOnThePersonsWordAsksFirstOnItsOwnPage() throws {
        let test = try TestApp()
        let sam = try test.createTrustedPerson("Sam Okafor")
        let person = try test.refer("Robin")
        try test.link(person, sam, role: .primary)
        let consent = try test.consent(person, to: .trustedPerson(sam), [.story, .housing])
        let coordinator = try test.signedIn([.coordinator])
        let record = try coordinator.get("/people/\(person)")
        #expect(record.contains("<a href=\"/people/\(person)/consents/\(consent)/withdraw\""))
        let page = try coordinator.get("/people/\(person)/consents/\(consent)/withdraw")
        #expect(page.status == 200)
        #expect(page.contains("Withdraw Robin&#39;s consent to share with Sam Okafor?"))
        #expect(page.contains("Sam Okafor will no longer see Robin&#39;s story, housing"))
        #expect(page.contains("This cannot be undone."))
        #expect(page.contains("<form method=\"post\" action=\"/people/\(person)/consents/\(consent)/withdraw\""))
        #expect(try test.count("SELECT count(*) FROM consents WHERE withdrawn_on IS NOT NULL") == 0)
        #expect(try coordinator.post("/people/\(person)/consents/\(consent)/withdraw").status == 303)
        #expect(try test.count("SELECT count(*) FROM consents WHERE withdrawn_on IS NOT NULL") == 1)
        #expect(try coordinator.get("/people/\(person)/consents/\(consent)/withdraw").status == 404)
    }

    @Test func endingALinkAsksFirstAndCarriesTheReason() throws {
        let test = try TestApp()
        let sam = try test.createTrustedPerson("Sam Okafor")
        let person = try test.refer("Robin")
        let link = try test.link(person, sam, role: .backup)
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)")
        let page = try coordinator.post("/people/\(person)/links/\(link)/end", [("end_reason", "individual-choice")])
        #expect(page.status == 200)
        #expect(page.contains("End Sam Okafor&#39;s link with Robin?"))
        #expect(page.contains("This cannot be undone."))
        #expect(page.contains("<input type=\"hidden\" name=\"end_reason\" value=\"individual-choice\">"))
        #expect(try test.links(person).first?.status == .active)
        #expect(try coordinator.post("/people/\(person)/links/\(link)/end", [("end_reason", "individual-choice"), ("confirm", "yes")]).status == 303)
        #expect(try test.links(person).first?.status == .ended)
    }

    @Test func closingACaseAsksFirstButOpeningDoesNot() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)")
        let fields = [("to_status", "closed"), ("on", "2026-03-01"), ("closure_reason", "moved-out-of-area")]
        let page = try coordinator.post("/people/\(person)/status", fields)
        #expect(page.status == 200)
        #expect(page.contains("closes on 1 Mar 2026"))
        #expect(page.contains("This cannot be undone."))
        #expect(try test.pool.read { db in try IndividualStore.find(id: person, db) }?.status == .open)
        #expect(try coordinator.post("/people/\(person)/status", fields + [("confirm", "yes")]).status == 303)
        #expect(try test.pool.read { db in try IndividualStore.find(id: person, db) }?.status == .closed)
        #expect(try coordinator.post("/people/\(person)/status", [("to_status", "open"), ("on", "2026-04-01")]).status == 303)
    }

    @Test func markingSomeoneUnsafeAsksFirstAndBadInputStillComesBackToTheForm() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)/links/new?unsafe=1")
        let missing = try coordinator.post("/people/\(person)/unsafe", [("new_name", "Kyle Marsh"), ("reason", "")])
        #expect(missing.status == 422)
        #expect(missing.contains("Say why this person is unsafe for them."))
        let page = try coordinator.post("/people/\(person)/unsafe", [("new_name", "Kyle Marsh"), ("reason", "Threatened Robin")])
        #expect(page.status == 200)
        #expect(page.contains("Record Kyle Marsh as unsafe for Robin?"))
        #expect(page.contains("This cannot be undone."))
        #expect(try test.count("SELECT count(*) FROM unsafe_markings") == 0)
        #expect(try test.count("SELECT count(*) FROM trusted_people") == 0)
        let marked = try coordinator.post("/people/\(person)/unsafe", [("new_name", "Kyle Marsh"), ("reason", "Threatened Robin"), ("confirm", "yes")])
        #expect(marked.status == 303)
        #expect(try test.count("SELECT count(*) FROM unsafe_markings") == 1)
    }

    @Test func startingTheHandoverOfEveryoneAsksFirstNamingWhoIsAffected() throws {
        let test = try TestApp()
        let sam = try test.createTrustedPerson("Sam Okafor")
        let robin = try test.refer("Robin"), alex = try test.refer("Alex")
        try test.link(robin, sam, role: .primary)
        try test.link(alex, sam, role: .backup)
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/trusted-people/\(sam)")
        let page = try coordinator.post("/trusted-people/\(sam)/leave", [("reason", "left-role"), ("note", "Moved away")])
        #expect(page.status == 200)
        #expect(page.contains("Start the handover of everyone Sam Okafor walks alongside?"))
        #expect(page.contains("with 1 person: Alex (CF-"))
        #expect(page.contains("one by one, to someone from their own network: Robin (CF-"))
        #expect(page.contains("<input type=\"hidden\" name=\"note\" value=\"Moved away\">"))
        #expect(try test.links(alex).first?.status == .active)
        #expect(try test.count("SELECT count(*) FROM bulk_handovers") == 0)
        #expect(try coordinator.post("/trusted-people/\(sam)/leave", [("reason", "left-role"), ("note", "Moved away"), ("confirm", "yes")]).status == 303)
        #expect(try test.links(alex).first?.status == .ended)
    }
}
