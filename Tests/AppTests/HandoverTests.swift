import Domain
import Foundation
import Testing
@testable import App

@Suite struct HandoverTests {
    /// The agreed step's form: what the person agreed to share with the incoming person.
    let agreement = [("categories", "story"), ("words", "Kim can know what I told Sam."), ("how_given", "verbal")]

    func steps(_ client: TestClient, _ handoverID: Int64, note: String = "Robin prefers mornings; has a dog called Pip.") throws {
        try client.get("/handovers/\(handoverID)")
        for stage in ["agreed", "note-written", "accepted", "completed"] {
            let response = try client.post("/handovers/\(handoverID)/step", [("stage", stage), ("note", note)] + (stage == "agreed" ? agreement : []))
            #expect(response.status == 303, "\(stage)")
        }
    }

    func propose(_ client: TestClient, _ person: Int64, link: Int64, incoming: Int64, outcome: String = "end") throws -> Int64 {
        try client.get("/people/\(person)/handovers/new?link=\(link)")
        let response = try client.post("/people/\(person)/handovers", [("link", "\(link)"), ("incoming", "\(incoming)"), ("outcome", outcome)])
        #expect(response.status == 303)
        let id = response.location?.split(separator: "/").last?.split(separator: "?").first
        return try #require(id.flatMap { Int64($0) })
    }

    @Test func aHandoverToTheBackUpGoesStepByStepAndSwitchesTheLinks() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        let sam = try test.createTrustedPerson("Sam")
        let kim = try test.createTrustedPerson("Kim")
        let samLink = try test.link(person, sam, role: .primary)
        try test.link(person, kim, role: .backup, introducedBy: sam)
        let form = try coordinator.get("/people/\(person)/handovers/new?link=\(samLink)")
        #expect(form.contains("Kim (Back-up) · back-up"))
        let handover = try propose(coordinator, person, link: samLink, incoming: kim)
        try steps(coordinator, handover)
        let links = try test.links(person)
        let samNow = try #require(links.first { $0.trustedPersonID == sam })
        #expect(samNow.status == .ended && samNow.endReason == .handover)
        let kimLinks = links.filter { $0.trustedPersonID == kim }
        #expect(kimLinks.count == 2)
        #expect(kimLinks.contains { $0.status == .ended && $0.role == .backup && $0.endReason == .handover })
        #expect(kimLinks.contains { $0.status == .active && $0.role == .primary && $0.introducedBy == sam })
        #expect(try test.count("SELECT count(*) FROM handover_steps WHERE handover_id = \(handover)") == 5)
        let page = try coordinator.get("/handovers/\(handover)")
        #expect(page.contains("Robin prefers mornings"))
        #expect(page.contains("Completed"))
    }

    @Test func theOutgoingPersonCanStayAsABackUp() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        let sam = try test.createTrustedPerson("Sam")
        let kim = try test.createTrustedPerson("Kim")
        let samLink = try test.link(person, sam, role: .primary)
        try test.link(person, kim, role: .trusted)
        try steps(coordinator, try propose(coordinator, person, link: samLink, incoming: kim, outcome: "keep-as-backup"))
        let active = try test.links(person).filter { $0.status == .active }
        #expect(Set(active.map { "\($0.trustedPersonID):\($0.role.rawValue)" }) == ["\(sam):backup", "\(kim):primary"])
    }

    @Test func stepsCannotBeSkippedAndTheNoteIsRequired() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        let samLink = try test.link(person, try test.createTrustedPerson("Sam"), role: .primary)
        let kim = try test.createTrustedPerson("Kim")
        try test.link(person, kim)
        let handover = try propose(coordinator, person, link: samLink, incoming: kim)
        #expect(try coordinator.post("/handovers/\(handover)/step", [("stage", "completed")]).status == 409)
        try coordinator.post("/handovers/\(handover)/step", [("stage", "agreed")] + agreement)
        let noNote = try coordinator.post("/handovers/\(handover)/step", [("stage", "note-written"), ("note", "  ")])
        #expect(noNote.status == 422)
        #expect(noNote.contains("Write the handover note"))
        #expect(try test.links(person).first { $0.id == samLink }?.status == .active)
    }

    @Test func aHandoverThatFailsAtTheSwitchLeavesNothingChanged() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        let sam = try test.createTrustedPerson("Sam")
        let kim = try test.createTrustedPerson("Kim")
        let samLink = try test.link(person, sam, role: .primary)
        let handover = try propose(coordinator, person, link: samLink, incoming: kim)
        try coordinator.post("/handovers/\(handover)/step", [("stage", "agreed")] + agreement)
        try coordinator.post("/handovers/\(handover)/step", [("stage", "note-written"), ("note", "Notes")])
        try coordinator.post("/handovers/\(handover)/step", [("stage", "accepted")])
        try test.pool.write { db in
            try db.execute("INSERT INTO unsafe_markings (individual_id, trusted_person_id, reason, recorded_at) VALUES (?, ?, 'Concern raised after acceptance', ?)", person, kim, test.now)
        }
        let before = try test.count("SELECT count(*) FROM trust_link_events")
        let response = try coordinator.post("/handovers/\(handover)/step", [("stage", "completed")])
        #expect(response.status == 409)
        #expect(response.contains("Kim has been recorded as unsafe"))
        let links = try test.links(person)
        #expect(links.count == 1)
        #expect(links[0].status == .active && links[0].trustedPersonID == sam)
        #expect(try test.count("SELECT count(*) FROM trust_link_events") == before)
        #expect(try test.count("SELECT count(*) FROM handovers WHERE stage = 'accepted'") == 1)
    }

    @Test func someoneNewNeedsAReason() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        let samLink = try test.link(person, try test.createTrustedPerson("Sam"), role: .primary)
        let newcomer = try test.createTrustedPerson("New worker")
        try coordinator.get("/people/\(person)/handovers/new?link=\(samLink)")
        let response = try coordinator.post("/people/\(person)/handovers", [("link", "\(samLink)"), ("someone_new", "\(newcomer)"), ("outcome", "end")])
        #expect(response.status == 422)
        #expect(response.contains("Say why no one from the person&#39;s own circle can take over.") || response.contains("Say why no one from the person's own circle can take over."))
        #expect(try test.count("SELECT count(*) FROM handovers") == 0)
        let accepted = try coordinator.post("/people/\(person)/handovers", [("link", "\(samLink)"), ("someone_new", "\(newcomer)"), ("why_someone_new", "Circle is only Sam for now"), ("outcome", "end")])
        #expect(accepted.status == 303)
        #expect(try test.count("SELECT count(*) FROM handovers WHERE from_network = 0") == 1)
    }

    @Test func whenSomeoneLeavesEveryoneTheyWalkAlongsideIsHandedOver() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let sam = try test.createTrustedPerson("Sam")
        let kim = try test.createTrustedPerson("Kim")
        let lou = try test.createTrustedPerson("Lou")
        let robin = try test.refer("Robin")
        let ash = try test.refer("Ash")
        let bo = try test.refer("Bo")
        let robinLink = try test.link(robin, sam, role: .primary)
        try test.link(robin, kim, role: .backup)
        let ashLink = try test.link(ash, sam, role: .primary)
        try test.link(ash, lou)
        let boLink = try test.link(bo, sam, role: .trusted)
        try coordinator.get("/trusted-people/\(sam)")
        let started = try coordinator.post("/trusted-people/\(sam)/leave", [("reason", "left-role"), ("note", "Moved to another county"), ("confirm", "yes")])
        #expect(started.status == 303)
        let bulkPath = try #require(started.location?.split(separator: "?").first.map(String.init))
        #expect(try test.links(bo).first { $0.id == boLink }?.endReason == .leftRole)
        let page = try coordinator.get(bulkPath)
        #expect(page.contains("Robin") && page.contains("Ash"))
        #expect(try coordinator.post(bulkPath + "/propose", [("link", "\(robinLink)"), ("incoming", "\(kim)")]).status == 303)
        #expect(try coordinator.post(bulkPath + "/propose", [("link", "\(ashLink)"), ("incoming", "\(lou)")]).status == 303)
        #expect(try test.count("SELECT count(*) FROM handovers WHERE bulk_handover_id IS NOT NULL") == 2)
        #expect(try test.count("SELECT count(*) FROM trusted_people WHERE left_role_on IS NOT NULL") == 1)
        let handoverID = try test.count("SELECT id FROM handovers WHERE individual_id = \(robin)")
        try steps(coordinator, Int64(handoverID))
        #expect(try test.links(robin).contains { $0.trustedPersonID == kim && $0.role == .primary && $0.status == .active })
    }
}

@Suite struct ContactAndMeetingTests {
    @Test func aContactIsRecordedAndShown() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        try coordinator.get("/people/\(person)/contacts/new")
        #expect(try coordinator.post("/people/\(person)/contacts", [("contact_on", "2026-02-03"), ("kind", "in-person"), ("services_involved", "GP surgery"), ("category", "health"), ("note", "Went to the GP together")]).status == 303)
        let page = try coordinator.get("/people/\(person)")
        #expect(page.contains("Went to the GP together"))
        #expect(page.contains("3 Feb 2026"))
    }

    @Test func badContactsAreExplainedAndNotStored() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        try coordinator.get("/people/\(person)/contacts/new")
        let response = try coordinator.post("/people/\(person)/contacts", [("contact_on", "2025-01-01"), ("kind", "telepathy"), ("category", "secrets"), ("note", ""), ("trusted_person_id", "999")])
        #expect(response.status == 422)
        #expect(response.contains("The date cannot be before the referral"))
        #expect(response.contains("Choose how the contact happened."))
        #expect(response.contains("Choose what kind of information the note holds."))
        #expect(response.contains("Write a short note of the contact."))
        #expect(response.contains("Choose someone from the person&#39;s circle.") || response.contains("Choose someone from the person's circle."))
        #expect(try test.count("SELECT count(*) FROM contacts") == 0)
    }

    @Test func aMeetingRecordsWhoWasThereAndWhoCoordinatedIt() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        let organisation = try test.createOrganisation("Fen Edge Housing")
        let sam = try test.createTrustedPerson("Sam")
        try test.link(person, sam, role: .primary)
        try coordinator.get("/people/\(person)/meetings/new")
        let empty = try coordinator.post("/people/\(person)/meetings", [("held_on", "2026-02-10")])
        #expect(empty.contains("Tick the organisations that were there, or name them."))
        #expect(try coordinator.post("/people/\(person)/meetings", [("held_on", "2026-02-10"), ("organisations", "\(organisation)"), ("other_organisations", "Probation, GP"), ("coordinated_by", "\(sam)"), ("actions", "Housing to call by Friday")]).status == 303)
        let page = try coordinator.get("/people/\(person)")
        #expect(page.contains("Fen Edge Housing, Probation, GP"))
        #expect(page.contains("coordinated by Sam"))
    }
}
