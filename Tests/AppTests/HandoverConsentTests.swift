import Domain
import Foundation
import Testing
@testable import App

/// Handover carries consent: the "agreed" step records what the person shares with the
/// incoming person, who reads the note once asked to accept and the consented story after
/// the switch, with no coordinator re-entry (PRODUCT.md, "Handovers").
@Suite struct HandoverConsentTests {
    /// Robin with Sam as primary (story and plan shared with Sam), a story entry, and Kim (with an
    /// account) as someone new to take over; returns the coordinator, Kim's client and the ids.
    func setUp(_ test: TestApp) throws -> (coordinator: TestClient, kim: TestClient, kimUserID: Int64, person: Int64, samLink: Int64, kimID: Int64) {
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        let sam = try test.createTrustedPerson("Sam")
        let samLink = try test.link(person, sam, role: .primary)
        try test.consent(person, to: .trustedPerson(sam), [.story, .plan])
        try test.story(person, .story, "I lost my flat after my dad died and slept in the car park.")
        let kimUserID = try test.createUser("kim@example.org", roles: [.trustedPerson])
        let kim = try test.createTrustedPerson("Kim", userID: kimUserID)
        let kimClient = test.client()
        try kimClient.signIn("kim@example.org", TestApp.password)
        return (coordinator, kimClient, kimUserID, person, samLink, kim)
    }

    func propose(_ client: TestClient, _ person: Int64, link: Int64, someoneNew: Int64) throws -> Int64 {
        try client.get("/people/\(person)/handovers/new?link=\(link)")
        let response = try client.post("/people/\(person)/handovers", [
            ("link", "\(link)"), ("someone_new", "\(someoneNew)"), ("why_someone_new", "Sam moves to the Wisbech team"), ("outcome", "end"),
        ])
        #expect(response.status == 303)
        return try #require(response.location?.split(separator: "/").last?.split(separator: "?").first.flatMap { Int64($0) })
    }

    @Test func theAgreedStepOffersWhatTheOutgoingPersonHasAndRecordsANewConsentInThePersonsWords() throws {
        let test = try TestApp()
        let (coordinator, _, _, person, samLink, kim) = try setUp(test)
        let handover = try propose(coordinator, person, link: samLink, someoneNew: kim)
        let page = try coordinator.get("/handovers/\(handover)")
        #expect(page.contains(#"id="category-story" name="categories" value="story" checked"#))
        #expect(page.contains(#"id="category-plan" name="categories" value="plan" checked"#))
        #expect(!page.contains(#"value="health" checked"#))
        let agreed = try coordinator.post("/handovers/\(handover)/step", [
            ("stage", "agreed"), ("categories", "story"), ("words", "Kim can know my story, not my plan yet."), ("how_given", "written"),
            ("review_by", "2027-06-01"),
        ])
        #expect(agreed.status == 303)
        let consents = try test.pool.read { db in try ConsentStore.all(person, db) }
        let toKim = try #require(consents.first { $0.grant.recipient == .trustedPerson(kim) })
        #expect(toKim.grant.categories == [.story])
        #expect(toKim.method == .written)
        #expect(toKim.grant.reviewBy == CalendarDate(iso: "2027-06-01"))
        #expect(try test.count("SELECT count(*) FROM consents WHERE individuals_words = 'Kim can know my story, not my plan yet.'") == 1)
        #expect(try test.count("SELECT count(*) FROM handovers WHERE consent_id = \(toKim.grant.id) AND stage = 'agreed'") == 1)
        #expect(try coordinator.get("/people/\(person)").contains("In their words: “Kim can know my story, not my plan yet.”"))
    }

    @Test func aBadAgreementIsExplainedBesideTheFieldsKeepsTheInputAndStoresNothing() throws {
        let test = try TestApp()
        let (coordinator, _, _, person, samLink, kim) = try setUp(test)
        let handover = try propose(coordinator, person, link: samLink, someoneNew: kim)
        try coordinator.get("/handovers/\(handover)")
        let consentsBefore = try test.count("SELECT count(*) FROM consents")
        let response = try coordinator.post("/handovers/\(handover)/step", [
            ("stage", "agreed"), ("categories", "plan"), ("words", "  "), ("how_given", "self-service"), ("review_by", "2026-13-40"),
        ])
        #expect(response.status == 422)
        #expect(response.contains("Write what the person said when they agreed, in their own words."))
        #expect(response.contains("Choose how the person agreed: verbally or in writing."))
        #expect(response.contains(DateRules.formatMessage))
        #expect(response.contains(#"id="category-plan" name="categories" value="plan" checked"#))
        #expect(!response.contains(#"id="category-story" name="categories" value="story" checked"#))
        #expect(response.contains(#"value="2026-13-40""#))
        let none = try coordinator.post("/handovers/\(handover)/step", [("stage", "agreed"), ("words", "Yes, fine"), ("how_given", "verbal")])
        #expect(none.status == 422)
        #expect(none.contains("Tick what the person agreed to share with Kim."))
        #expect(none.contains("Yes, fine"))
        #expect(try test.count("SELECT count(*) FROM consents") == consentsBefore)
        #expect(try test.count("SELECT count(*) FROM handovers WHERE stage = 'proposed'") == 1)
    }

    @Test func theIncomingPersonReadsTheNoteOnceAskedAcceptsThemselvesAndReadsTheStoryAfterTheSwitch() throws {
        let test = try TestApp()
        let (coordinator, kimClient, kimUserID, person, samLink, kim) = try setUp(test)
        let handover = try propose(coordinator, person, link: samLink, someoneNew: kim)
        #expect(try kimClient.get("/handovers/\(handover)").status == 403)
        #expect(!(try kimClient.get("/alongside").contains("Handovers waiting for you")))
        try coordinator.get("/handovers/\(handover)")
        #expect(try coordinator.post("/handovers/\(handover)/step", [
            ("stage", "agreed"), ("categories", "story"), ("words", "Kim can know what I told Sam."), ("how_given", "verbal"),
        ]).status == 303)
        #expect(try kimClient.get("/handovers/\(handover)").status == 403)
        #expect(try coordinator.post("/handovers/\(handover)/step", [("stage", "note-written"), ("note", "Robin likes mornings; dog called Pip.")]).status == 303)

        let home = try kimClient.get("/alongside")
        #expect(home.contains("Handovers waiting for you") && home.contains(#"<a href="/handovers/\#(handover)">Robin, from Sam</a>"#))
        let asked = try kimClient.get("/handovers/\(handover)")
        #expect(asked.status == 200)
        #expect(asked.contains("Robin likes mornings; dog called Pip."))
        #expect(asked.contains("Record: Accepted by the incoming person"))
        #expect(asked.contains(#"<p id="agreed-categories">Story</p>"#) && asked.contains("Kim can know what I told Sam."))
        #expect(!asked.contains("Cancel this handover"))
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE user_id = \(kimUserID) AND individual_id = \(person) AND categories = 'notes'") == 1)
        #expect(try kimClient.post("/handovers/\(handover)/step", [("stage", "cancelled")]).status == 403)
        #expect(try kimClient.post("/handovers/\(handover)/step", [("stage", "accepted")]).status == 303)
        #expect(try kimClient.post("/handovers/\(handover)/step", [("stage", "completed")]).status == 403)
        #expect(try test.count("SELECT count(*) FROM handovers WHERE stage = 'accepted'") == 1)
        #expect(!(try kimClient.get("/alongside").contains("Handovers waiting for you")))
        #expect(try coordinator.post("/handovers/\(handover)/step", [("stage", "completed")]).status == 303)

        let note = try kimClient.get("/handovers/\(handover)")
        #expect(note.status == 200 && note.contains("Robin likes mornings"))
        let record = try kimClient.get("/people/\(person)")
        #expect(record.status == 200)
        #expect(record.contains("I lost my flat after my dad died and slept in the car park."))
        #expect(!record.contains(#"id="story-hidden""#))
    }

    @Test func nothingIsSharedWithAnIncomingPersonMarkedUnsafeBeforeTheAgreement() throws {
        let test = try TestApp()
        let (coordinator, kimClient, _, person, samLink, kim) = try setUp(test)
        let handover = try propose(coordinator, person, link: samLink, someoneNew: kim)
        try test.pool.write { db in
            try db.execute(
                "INSERT INTO unsafe_markings (individual_id, trusted_person_id, reason, recorded_at) VALUES (?, ?, 'Concern raised', ?)",
                person, kim, test.now)
        }
        try coordinator.get("/handovers/\(handover)")
        let response = try coordinator.post("/handovers/\(handover)/step", [
            ("stage", "agreed"), ("categories", "story"), ("words", "Yes"), ("how_given", "verbal"),
        ])
        #expect(response.status == 422)
        #expect(response.contains("Kim has been recorded as unsafe"))
        #expect(try test.count("SELECT count(*) FROM consents WHERE recipient_trusted_person_id = \(kim)") == 0)
        #expect(try kimClient.get("/handovers/\(handover)").status == 403)
    }

    @Test func anotherTrustedPersonCannotReadTheNote() throws {
        let test = try TestApp()
        let (coordinator, _, _, person, samLink, kim) = try setUp(test)
        let (other, _) = try test.signedInTrustedPerson()
        let handover = try propose(coordinator, person, link: samLink, someoneNew: kim)
        try coordinator.get("/handovers/\(handover)")
        try coordinator.post("/handovers/\(handover)/step", [("stage", "agreed"), ("categories", "story"), ("words", "Yes"), ("how_given", "verbal")])
        try coordinator.post("/handovers/\(handover)/step", [("stage", "note-written"), ("note", "Private note")])
        #expect(try other.get("/handovers/\(handover)").status == 403)
        #expect(try other.post("/handovers/\(handover)/step", [("stage", "accepted")]).status == 403)
    }

    /// One row of the note-reading table.
    struct NoteCase: Sendable, CustomStringConvertible {
        let roles: Set<Role>
        let stage: HandoverStage
        let incoming: Bool
        let unsafe: Bool
        let expected: Bool
        var description: String { "\(roles.sorted()) \(stage) incoming:\(incoming) unsafe:\(unsafe)" }
    }

    @Test(arguments: [
        NoteCase(roles: [.coordinator], stage: .proposed, incoming: false, unsafe: false, expected: true),
        NoteCase(roles: [.trustedPerson], stage: .proposed, incoming: true, unsafe: false, expected: false),
        NoteCase(roles: [.trustedPerson], stage: .agreed, incoming: true, unsafe: false, expected: false),
        NoteCase(roles: [.trustedPerson], stage: .noteWritten, incoming: true, unsafe: false, expected: true),
        NoteCase(roles: [.trustedPerson], stage: .completed, incoming: true, unsafe: false, expected: true),
        NoteCase(roles: [.trustedPerson], stage: .cancelled, incoming: true, unsafe: false, expected: false),
        NoteCase(roles: [.trustedPerson], stage: .noteWritten, incoming: true, unsafe: true, expected: false),
        NoteCase(roles: [.trustedPerson], stage: .noteWritten, incoming: false, unsafe: false, expected: false),
        NoteCase(roles: [.champion, .manager], stage: .noteWritten, incoming: true, unsafe: false, expected: false),
    ])
    func thePolicyLetsTheIncomingPersonReadTheNoteFromTheMomentTheyAreAsked(_ item: NoteCase) {
        let relation = HandoverRelation(isIncomingPerson: item.incoming, stage: item.stage, isMarkedUnsafe: item.unsafe)
        #expect(AccessPolicy().mayReadHandoverNote(item.roles, relation) == item.expected)
    }

    @Test func theIncomingPersonMayRecordOnlyTheirAcceptance() {
        let policy = AccessPolicy()
        let asked = HandoverRelation(isIncomingPerson: true, stage: .noteWritten, isMarkedUnsafe: false)
        #expect(policy.mayRecordHandoverStep([.trustedPerson], asked, to: .accepted))
        for stage in [HandoverStage.completed, .cancelled, .agreed, .noteWritten] {
            #expect(!policy.mayRecordHandoverStep([.trustedPerson], asked, to: stage))
        }
        #expect(policy.mayRecordHandoverStep([.coordinator], asked, to: .cancelled))
    }
}
