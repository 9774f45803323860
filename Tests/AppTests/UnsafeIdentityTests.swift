import Domain
import Foundation
import Testing
@testable import App

/// PRODUCT.md, "Trust network": the unsafe marking is about the person, not one record.
@Suite struct UnsafeNameMatchTests {
    /// Robin, with "Ex-partner Kyle" recorded as unsafe through the real form; a signed-in coordinator.
    func robinWithKyleMarked() throws -> (TestApp, TestClient, Int64) {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let id = try test.refer("Robin")
        try coordinator.get("/people/\(id)/links/new?unsafe=1")
        let marked = try coordinator.post("/people/\(id)/unsafe", [("new_name", "Ex-partner Kyle"), ("reason", "Threatened Robin at the hostel"), ("confirm", "yes")])
        try #require(marked.status == 303)
        return (test, coordinator, id)
    }

    func addSomeoneNew(_ client: TestClient, _ id: Int64, _ name: String, _ extra: [(String, String)] = []) throws -> TestResponse {
        try client.get("/people/\(id)/links/new")
        return try client.post("/people/\(id)/links", [
            ("new_name", name), ("new_kind", "person"), ("new_paid", "volunteer"), ("role", "trusted"), ("status", "active"),
            ("started_on", "2026-02-01"),
        ] + extra)
    }

    @Test func addingSomeoneNewWithTheSameNameIsRefusedBesideTheNameWithTheReason() throws {
        let (test, coordinator, id) = try robinWithKyleMarked()
        let refused = try addSomeoneNew(coordinator, id, "  ex partner  KYLÉ ")
        #expect(refused.status == 422)
        #expect(refused.contains("This name matches Ex-partner Kyle, recorded as unsafe for this person (Threatened Robin at the hostel)."))
        #expect(refused.body.contains(
            /<label for="new_name">[^<]*<\/label>\s*<p class="field-error" id="new_name-error"><span class="visually-hidden">Error:<\/span> This name matches Ex-partner Kyle/))
        #expect(refused.contains("value=\"ex partner  KYLÉ\""))
        #expect(refused.contains("This is a different person"))
        #expect(try test.links(id).isEmpty)
        #expect(try test.count("SELECT count(*) FROM trusted_people") == 1)
    }

    @Test func aCoordinatorConfirmingADifferentPersonAddsThemAndTheConfirmationIsKept() throws {
        let (test, coordinator, id) = try robinWithKyleMarked()
        let added = try addSomeoneNew(coordinator, id, "Ex-Partner Kyle", [
            ("different_person", "yes"), ("different_person_note", "Checked: this Kyle is Robin's key worker at Riverside, born 1970"),
        ])
        #expect(added.status == 303)
        let link = try #require(try test.links(id).first)
        #expect(link.status == .active)
        #expect(try test.count("SELECT count(*) FROM trusted_people") == 2)
        #expect(try test.count("""
            SELECT count(*) FROM different_person_confirmations c JOIN unsafe_markings m ON m.id = c.unsafe_marking_id
            WHERE c.trusted_person_id = \(link.trustedPersonID) AND m.individual_id = \(id)
                AND c.confirmed_by = (SELECT id FROM users WHERE email = 'coordinator@example.org')
                AND c.note LIKE 'Checked: this Kyle is Robin%'
            """) == 1)
        let record = try coordinator.get("/people/\(id)")
        #expect(record.contains("Confirmed as a different person"))
        #expect(record.contains("is not Ex-partner Kyle: Checked: this Kyle is Robin&#39;s key worker")
            || record.contains("is not Ex-partner Kyle: Checked: this Kyle is Robin&#x27;s key worker"))
    }

    @Test func tickingDifferentPersonWithoutANoteIsExplainedAndStoresNothing() throws {
        let (test, coordinator, id) = try robinWithKyleMarked()
        let refused = try addSomeoneNew(coordinator, id, "Ex-partner Kyle", [("different_person", "yes"), ("different_person_note", "  ")])
        #expect(refused.status == 422)
        #expect(refused.contains("Say how you know this is a different person"))
        #expect(try test.links(id).isEmpty)
        #expect(try test.count("SELECT count(*) FROM trusted_people") == 1)
        #expect(try test.count("SELECT count(*) FROM different_person_confirmations") == 0)
    }

    @Test func choosingAnotherRegisterEntryWithTheSameNameIsRefusedUntilConfirmed() throws {
        let (test, coordinator, id) = try robinWithKyleMarked()
        let other = try test.createTrustedPerson("EX-PARTNER   kyle")
        try coordinator.get("/people/\(id)/links/new")
        let fields = [("trusted_person_id", "\(other)"), ("role", "trusted"), ("status", "active"), ("started_on", "2026-02-01")]
        let refused = try coordinator.post("/people/\(id)/links", fields)
        #expect(refused.status == 422)
        #expect(refused.contains("recorded as unsafe for this person (Threatened Robin at the hostel)"))
        #expect(try test.links(id).isEmpty)
        let confirmed = try coordinator.post("/people/\(id)/links", fields + [("different_person", "yes"), ("different_person_note", "Different date of birth")])
        #expect(confirmed.status == 303)
        #expect(try test.links(id).map(\.trustedPersonID) == [other])
    }

    @Test func theMarkedRecordItselfCannotBeConfirmedAway() throws {
        let (test, coordinator, id) = try robinWithKyleMarked()
        let kyle: Int64 = try test.pool.read { db in try db.scalar("SELECT trusted_person_id FROM unsafe_markings") ?? 0 }
        try coordinator.get("/people/\(id)/links/new")
        let refused = try coordinator.post("/people/\(id)/links", [
            ("trusted_person_id", "\(kyle)"), ("role", "trusted"), ("status", "active"), ("started_on", "2026-02-01"),
            ("different_person", "yes"), ("different_person_note", "Trying anyway"),
        ])
        #expect(refused.status == 422)
        #expect(refused.contains("Ex-partner Kyle has been recorded as unsafe for this person"))
        #expect(try test.count("SELECT count(*) FROM different_person_confirmations") == 0)
        #expect(try test.links(id).isEmpty)
    }

    @Test func aTrustedPersonCannotConfirmOrAddAnyone() throws {
        let (test, _, id) = try robinWithKyleMarked()
        let (trustedPerson, sam) = try test.signedInTrustedPerson()
        try test.link(id, sam)
        try trustedPerson.get("/people/\(id)")
        let response = try trustedPerson.post("/people/\(id)/links", [
            ("new_name", "Ex-partner Kyle"), ("role", "trusted"), ("status", "active"), ("started_on", "2026-02-01"),
            ("different_person", "yes"), ("different_person_note", "Not him"),
        ])
        #expect(response.status == 403)
        #expect(try test.count("SELECT count(*) FROM different_person_confirmations") == 0)
        #expect(try test.links(id).count == 1)
    }

    @Test func aProposedLinkToANamesakeCannotBeMadeActiveOnceTheNameIsMarked() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let id = try test.refer("Robin")
        let marked = try test.createTrustedPerson("Kyle Jones")
        let namesake = try test.createTrustedPerson("kyle jones")
        let proposed = try test.link(id, namesake, status: .proposed)
        try test.pool.write { db in
            try TrustLinkStore.markUnsafe(individualID: id, trustedPersonID: marked, reason: "Police marker", by: nil, now: test.now, today: TestApp.referralDate, db)
        }
        try coordinator.get("/people/\(id)")
        let refused = try coordinator.post("/people/\(id)/links/\(proposed)/activate")
        #expect(refused.status == 409)
        #expect(refused.contains("This name matches Kyle Jones, recorded as unsafe for this person (Police marker)."))
        #expect(try test.links(id).first?.status == .proposed)
    }

    @Test func renamingSomeoneInTheCircleToTheUnsafeNameIsRefusedBesideTheName() throws {
        let (test, coordinator, id) = try robinWithKyleMarked()
        let jo = try test.createTrustedPerson("Jo Hale")
        try test.link(id, jo)
        try coordinator.get("/trusted-people/\(jo)")
        let refused = try coordinator.post("/trusted-people/\(jo)", [("name", "Ex Partner Kyle"), ("kind", "person"), ("paid", "paid")])
        #expect(refused.status == 422)
        #expect(refused.body.contains(
            /<label for="name">Name<\/label>\s*<p class="field-error" id="name-error"><span class="visually-hidden">Error:<\/span> In CF-0001&#39;s circle: Ex Partner Kyle has the same name as Ex-partner Kyle/))
        #expect(refused.contains("value=\"Ex Partner Kyle\""))
        #expect(try test.count("SELECT count(*) FROM trusted_people WHERE name = 'Jo Hale'") == 1)
    }

    @Test func aHandoverToSomeoneWithTheSameNameIsRefusedUntilConfirmed() throws {
        let (test, coordinator, id) = try robinWithKyleMarked()
        let outgoing = try test.link(id, try test.createTrustedPerson("Sam"), role: .primary)
        let namesake = try test.createTrustedPerson("Ex-partner Kylé")
        try coordinator.get("/people/\(id)/handovers/new?link=\(outgoing)")
        let fields = [("link", "\(outgoing)"), ("someone_new", "\(namesake)"), ("why_someone_new", "No back-up yet"), ("outcome", "end")]
        let refused = try coordinator.post("/people/\(id)/handovers", fields)
        #expect(refused.status == 422)
        #expect(refused.contains("This name matches Ex-partner Kyle, recorded as unsafe for this person (Threatened Robin at the hostel)."))
        #expect(refused.contains("This is a different person"))
        #expect(refused.contains("No back-up yet"))
        #expect(try test.count("SELECT count(*) FROM handovers") == 0)
        let confirmed = try coordinator.post("/people/\(id)/handovers", fields + [
            ("different_person", "yes"), ("different_person_note", "Kylé works at the day centre; checked with the manager"),
        ])
        #expect(confirmed.status == 303)
        #expect(try test.count("SELECT count(*) FROM handovers WHERE incoming_trusted_person_id = \(namesake)") == 1)
        #expect(try test.count("SELECT count(*) FROM different_person_confirmations WHERE trusted_person_id = \(namesake)") == 1)
    }
}

@Suite struct UnsafeNameMatchImportTests {
    func run(_ test: TestApp, _ kind: ImportKind, _ text: String, file: String) throws -> ImportOutcome {
        try Importer.run(kind: kind, bytes: Array(text.utf8), file: file, dryRun: false, pool: test.pool, log: test.app.services.personalData.log, userID: nil, now: test.now)
    }

    /// Robin (CF-0001) with "Ex-partner Kyle" recorded as unsafe.
    func robinWithKyleMarked() throws -> (TestApp, Int64) {
        let test = try TestApp()
        let id = try test.refer("Robin")
        let kyle = try test.createTrustedPerson("Ex-partner Kyle")
        try test.pool.write { db in
            try TrustLinkStore.markUnsafe(individualID: id, trustedPersonID: kyle, reason: "Police marker", by: nil, now: test.now, today: TestApp.referralDate, db)
        }
        return (test, id)
    }

    @Test func aTrustLinkToSomeoneImportedWithTheSameNameIsRefusedWithFileAndLine() throws {
        let (test, id) = try robinWithKyleMarked()
        let people = try run(test, .trustedPeople, "key,name,kind,organisation,paid\nkyle2,ex partner KYLE,person,,volunteer\nsam,Sam,person,,paid", file: "people.csv")
        #expect(people.errors.isEmpty)
        let links = "person_ref,trusted_key,role,started_on\nCF-0001,sam,primary,2026-02-01\nCF-0001,kyle2,trusted,2026-02-01"
        let refused = try run(test, .trustLinks, links, file: "links.csv")
        #expect(refused.errors.map(\.description) == [
            "links.csv:3: trusted_key: ex partner KYLE has the same name as Ex-partner Kyle, recorded as unsafe for this person (Police marker); "
                + "they cannot be linked unless a coordinator confirms on the person's record that this is someone else",
        ])
        #expect(try test.links(id).isEmpty)
    }

    @Test func renamingAnImportedTrustedPersonToTheUnsafeNameInTheirCircleIsRefused() throws {
        let (test, id) = try robinWithKyleMarked()
        _ = try run(test, .trustedPeople, "key,name,kind,organisation,paid\nk9,Kyle Smith,person,,paid", file: "people.csv")
        _ = try run(test, .trustLinks, "person_ref,trusted_key,role,started_on\nCF-0001,k9,trusted,2026-02-01", file: "links.csv")
        try #require(try test.links(id).count == 1)
        let renamed = try run(test, .trustedPeople, "key,name,kind,organisation,paid\nk9,Ex-Partner Kyle,person,,paid", file: "people.csv")
        #expect(renamed.errors.map(\.description).first?.hasPrefix(
            "people.csv:2: name: in CF-0001's circle: Ex-Partner Kyle has the same name as Ex-partner Kyle") == true)
        #expect(try test.count("SELECT count(*) FROM trusted_people WHERE name = 'Kyle Smith'") == 1)
    }
}

/// The register warns before holding the same person twice in one organisation.
@Suite struct RegisterDuplicateTests {
    @Test func aNewTrustedPersonWithAnExistingNameInTheSameOrganisationIsWarnedAbout() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let riverside = try test.createOrganisation("Riverside Day Centre")
        let other = try test.createOrganisation("Fenland Foodbank")
        _ = try test.createTrustedPerson("Sam  Patel", organisationID: riverside)
        try coordinator.get("/trusted-people/new")
        let fields = [("name", "sam patel"), ("kind", "person"), ("paid", "paid"), ("organisation_id", "\(riverside)")]
        let warned = try coordinator.post("/trusted-people", fields)
        #expect(warned.status == 422)
        #expect(warned.contains("Sam  Patel (Riverside Day Centre) is already in the register."))
        #expect(warned.contains("value=\"sam patel\""))
        #expect(warned.contains("Create anyway"))
        #expect(try test.count("SELECT count(*) FROM trusted_people") == 1)
        #expect(try coordinator.post("/trusted-people", fields + [("create_anyway", "yes")]).status == 303)
        #expect(try test.count("SELECT count(*) FROM trusted_people") == 2)
        try coordinator.get("/trusted-people/new")
        #expect(try coordinator.post("/trusted-people", [("name", "Sam Patel"), ("kind", "person"), ("paid", "paid"), ("organisation_id", "\(other)")]).status == 303)
    }

    @Test func someoneNewOnTheAddLinkFormWithAnExistingNameIsWarnedAbout() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let id = try test.refer("Robin")
        _ = try test.createTrustedPerson("Jo Hale")
        try coordinator.get("/people/\(id)/links/new")
        let fields = [("new_name", "JO HALE"), ("role", "trusted"), ("status", "active"), ("started_on", "2026-02-01")]
        let warned = try coordinator.post("/people/\(id)/links", fields)
        #expect(warned.status == 422)
        #expect(warned.contains("Jo Hale is already in the register."))
        #expect(try test.links(id).isEmpty)
        #expect(try coordinator.post("/people/\(id)/links", fields + [("create_anyway", "yes")]).status == 303)
        #expect(try test.count("SELECT count(*) FROM trusted_people") == 2)
    }
}
