import Domain
import Foundation
import Testing
@testable import App

@Suite struct TrustLinkTests {
    @Test func aCoordinatorAddsATrustedPersonAndASecondIntroducedByTheFirst() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let id = try test.refer("Robin")
        try coordinator.get("/people/\(id)/links/new")
        let first = try coordinator.post("/people/\(id)/links", [
            ("new_name", "Sam the pharmacist"), ("new_kind", "person"), ("new_paid", "paid"), ("role", "primary"), ("status", "active"),
            ("confirmed", "yes"), ("how_it_came_about", "Agreed at the collective discussion"), ("individuals_words", "Sam always has time for me"),
            ("started_on", "2026-02-01"),
        ])
        #expect(first.status == 303)
        let samID = try #require(try test.links(id).first?.trustedPersonID)
        try coordinator.get("/people/\(id)/links/new")
        #expect(try coordinator.post("/people/\(id)/links", [
            ("new_name", "Riverside Day Centre"), ("new_kind", "service"), ("role", "backup"), ("status", "proposed"),
            ("introduced_by", "\(samID)"), ("started_on", "2026-03-01"),
        ]).status == 303)
        let links = try test.links(id)
        #expect(links.count == 2)
        #expect(links[1].introducedBy == samID)
        #expect(links[1].kind == .service)
        let page = try coordinator.get("/people/\(id)")
        #expect(page.contains("<svg"))
        #expect(page.contains("Sam the pharmacist"))
        #expect(page.contains("Sam always has time for me"))
        #expect(page.contains("id=\"circle-table\""))
    }

    @Test func someoneMarkedUnsafeIsRefusedWithTheReason() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let id = try test.refer("Robin")
        let lee = try test.createTrustedPerson("Lee")
        try coordinator.get("/people/\(id)/links/new?unsafe=1")
        #expect(try coordinator.post("/people/\(id)/unsafe", [("trusted_person_id", "\(lee)"), ("reason", "Ex-partner; police marker"), ("confirm", "yes")]).status == 303)
        try coordinator.get("/people/\(id)/links/new")
        let refused = try coordinator.post("/people/\(id)/links", [("trusted_person_id", "\(lee)"), ("role", "trusted"), ("status", "active"), ("started_on", "2026-02-01")])
        #expect(refused.status == 422)
        #expect(refused.contains("Lee has been recorded as unsafe for this person (Ex-partner; police marker)"))
        #expect(try test.links(id).isEmpty)
        #expect(try coordinator.get("/people/\(id)").contains("Ex-partner; police marker"))
    }

    @Test func markingAnExistingTrustedPersonUnsafeEndsTheirLink() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let id = try test.refer("Robin")
        let lee = try test.createTrustedPerson("Lee")
        try test.link(id, lee, role: .primary)
        try coordinator.get("/people/\(id)/links/new?unsafe=1")
        try coordinator.post("/people/\(id)/unsafe", [("trusted_person_id", "\(lee)"), ("reason", "Safeguarding concern raised"), ("confirm", "yes")])
        let link = try #require(try test.links(id).first)
        #expect(link.status == .ended)
        #expect(link.endReason == .safety)
    }

    @Test func aSecondActivePrimaryIsRefused() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let id = try test.refer("Robin")
        try test.link(id, try test.createTrustedPerson("Sam"), role: .primary)
        try coordinator.get("/people/\(id)/links/new")
        let response = try coordinator.post("/people/\(id)/links", [("new_name", "Kim"), ("role", "primary"), ("status", "active"), ("started_on", "2026-02-01")])
        #expect(response.status == 422)
        #expect(response.contains("Sam is already the primary trusted person. Plan a handover instead."))
        #expect(try test.count("SELECT count(*) FROM trusted_people WHERE name = 'Kim'") == 0)
    }

    @Test func endingALinkKeepsItAsHistory() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let id = try test.refer("Robin")
        let linkID = try test.link(id, try test.createTrustedPerson("Sam"))
        try coordinator.get("/people/\(id)")
        #expect(try coordinator.post("/people/\(id)/links/\(linkID)/end", [("end_reason", "individual-choice"), ("confirm", "yes")]).status == 303)
        let link = try #require(try test.links(id).first)
        #expect(link.status == .ended && link.endReason == .individualChoice && link.endedOn != nil)
        #expect(try test.count("SELECT count(*) FROM trust_link_events WHERE link_id = \(linkID)") == 2)
        #expect(try coordinator.post("/people/\(id)/links/\(linkID)/end", [("end_reason", "other")]).status == 409)
    }

    @Test func aCoordinatorStepsInAsInterimWithOneAction() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let id = try test.refer("Robin")
        let page = try coordinator.get("/people/\(id)")
        #expect(page.contains("No one is trusted yet."))
        #expect(try coordinator.post("/people/\(id)/interim").status == 303)
        let link = try #require(try test.links(id).first)
        #expect(link.role == .interim && link.status == .active)
        #expect(try coordinator.get("/caseload?interim_only=1").contains("Robin"))
        #expect(try coordinator.post("/people/\(id)/interim").status == 409)
    }
}

@Suite struct RecordAccessTests {
    @Test func aTrustedPersonSeesOnlyThePeopleTheyWalkAlongside() throws {
        let test = try TestApp()
        let (client, sam) = try test.signedInTrustedPerson()
        let mine = try test.refer("Mine")
        let other = try test.refer("Other")
        try test.link(mine, sam, role: .primary)
        let home = try client.get("/alongside")
        #expect(home.contains("Mine"))
        #expect(!home.contains("Other"))
        #expect(try client.get("/people/\(mine)").status == 200)
        let refused = try client.get("/people/\(other)")
        #expect(refused.status == 403)
        #expect(!refused.contains("Other"))
        #expect(try client.get("/people/99999").status == 403)
    }

    @Test func anEndedLinkNoLongerGrantsAccess() throws {
        let test = try TestApp()
        let (client, sam) = try test.signedInTrustedPerson()
        let person = try test.refer("Robin")
        let linkID = try test.link(person, sam)
        #expect(try client.get("/people/\(person)").status == 200)
        try test.pool.write { db in try TrustLinkStore.end(linkID, on: TestApp.referralDate, reason: .individualChoice, by: nil, now: test.now, db) }
        #expect(try client.get("/people/\(person)").status == 403)
        #expect(!(try client.get("/alongside").contains("Robin")))
    }

    @Test func aProposedLinkDoesNotGrantAccessYet() throws {
        let test = try TestApp()
        let (client, sam) = try test.signedInTrustedPerson()
        let person = try test.refer("Robin")
        try test.link(person, sam, status: .proposed)
        #expect(try client.get("/people/\(person)").status == 403)
    }

    @Test func aLinkedTrustedPersonMayRecordAContactButNotChangeTheCircle() throws {
        let test = try TestApp()
        let (client, sam) = try test.signedInTrustedPerson()
        let person = try test.refer("Robin")
        try test.link(person, sam)
        try test.consent(person, to: .trustedPerson(sam), [.notes])
        try client.get("/people/\(person)/contacts/new")
        #expect(try client.post("/people/\(person)/contacts", [("contact_on", "2026-02-02"), ("kind", "phone"), ("category", "health"), ("note", "Not theirs to record")]).status == 422)
        #expect(try client.post("/people/\(person)/contacts", [("contact_on", "2026-02-02"), ("kind", "phone"), ("category", "notes"), ("note", "Checked in by phone")]).status == 303)
        #expect(try client.get("/alongside").contains("<dt>Last contact</dt><dd><time datetime=\"2026-02-02\">2 Feb 2026</time></dd>"))
        #expect(try client.get("/people/\(person)/links/new").status == 403)
        #expect(try client.post("/people/\(person)/interim").status == 403)
    }

    @Test func championsAndManagersCannotOpenRecords() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        #expect(try test.signedIn([.champion]).get("/people/\(person)").status == 403)
        #expect(try test.signedIn([.manager], email: "m@example.org").get("/people/\(person)").status == 403)
    }
}
