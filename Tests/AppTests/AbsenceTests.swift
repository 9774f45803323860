import Domain
import Foundation
import Testing
@testable import App

/// Absence is not leaving: a trusted person off sick or on leave keeps every link, their
/// people see the back-up acting (or get interim cover in one action), and the links resume
/// on return (PRODUCT.md, "Absence").
@Suite struct AbsenceTests {
    /// Marks `trustedPersonID` absent from today (18 Nov 2026 on the test clock) until `until`.
    @discardableResult
    func markAbsent(_ client: TestClient, _ trustedPersonID: Int64, kind: String = "sickness", until: String = "2027-02-03") throws -> TestResponse {
        try client.get("/trusted-people/\(trustedPersonID)")
        return try client.post("/trusted-people/\(trustedPersonID)/absence", [("kind", kind), ("from", "2026-11-18"), ("expected_return", until)])
    }

    @Test func sicknessIsNoLongerALeaversReasonAndEndsNoLink() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        let sam = try test.createTrustedPerson("Sam")
        try test.link(person, sam, role: .primary)
        let backup = try test.link(try test.refer("Ash"), sam, role: .backup)
        let page = try coordinator.get("/trusted-people/\(sam)")
        #expect(!page.contains(">Sickness</option>"))
        #expect(try coordinator.post("/trusted-people/\(sam)/leave", [("reason", "sickness")]).status == 400)
        #expect(try test.count("SELECT count(*) FROM bulk_handovers") == 0)
        #expect(try test.count("SELECT count(*) FROM trust_links WHERE id = \(backup) AND status = 'active'") == 1)
    }

    @Test func markingSomeoneOffSickEndsNothingAndShowsTheBackUpActing() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        let sam = try test.createTrustedPerson("Sam")
        let kim = try test.createTrustedPerson("Kim")
        try test.link(person, sam, role: .primary)
        try test.link(person, kim, role: .backup)
        let trusted = try test.link(try test.refer("Ash"), sam, role: .trusted)
        #expect(try markAbsent(coordinator, sam).status == 303)
        #expect(try test.count("SELECT count(*) FROM trust_links WHERE status = 'active'") == 3)
        #expect(try test.count("SELECT count(*) FROM trust_links WHERE id = \(trusted) AND status = 'active'") == 1)
        let acting = "Kim (Back-up): acting while Sam is off sick until 3 Feb 2027."
        #expect(try coordinator.get("/people/\(person)").contains(acting))
        #expect(!(try coordinator.get("/people/\(person)").contains(#"id="give-cover""#)))
        #expect(try coordinator.get("/caseload").contains(acting))
        #expect(try coordinator.get("/trusted-people/\(sam)").contains("Off sick from 18 Nov 2026, expected back 3 Feb 2027."))
        #expect(try coordinator.get("/trusted-people").contains(#"<span class="flag">Off sick until 3 Feb 2027</span>"#))

        #expect(try coordinator.post("/trusted-people/\(sam)/return", [("returned_on", "2026-11-18")]).status == 303)
        #expect(!(try coordinator.get("/people/\(person)").contains(acting)))
        #expect(try test.count("SELECT count(*) FROM absences WHERE returned_on = '2026-11-18'") == 1)
        #expect(try test.count("SELECT count(*) FROM trust_links WHERE status = 'active'") == 3)
    }

    @Test func withNoBackUpACoordinatorGivesInterimCoverInOneActionAndTheReturnEndsIt() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        let sam = try test.createTrustedPerson("Sam")
        let samLink = try test.link(person, sam, role: .primary)
        try markAbsent(coordinator, sam, kind: "leave")
        let record = try coordinator.get("/people/\(person)")
        #expect(record.contains("No back-up can act while Sam is on leave until 3 Feb 2027."))
        #expect(record.contains(#"id="give-cover""#))
        #expect(try coordinator.post("/people/\(person)/interim").status == 303)
        let interim = try #require(try test.links(person).first { $0.role == .interim && $0.status == .active })
        #expect(try test.count("SELECT count(*) FROM absence_cover WHERE link_id = \(interim.id)") == 1)
        #expect(try coordinator.get("/people/\(person)").contains("covering while Sam is on leave until 3 Feb 2027."))
        #expect(try coordinator.post("/people/\(person)/interim").status == 409)

        try coordinator.get("/trusted-people/\(sam)")
        #expect(try coordinator.post("/trusted-people/\(sam)/return", [("returned_on", "2026-11-18"), ("end_cover", "1")]).status == 303)
        let links = try test.links(person)
        #expect(links.first { $0.id == interim.id }?.status == .ended)
        #expect(links.first { $0.id == samLink }?.status == .active)
    }

    @Test func anAbsentPersonCannotBeProposedToTakeOver() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        let samLink = try test.link(person, try test.createTrustedPerson("Sam"), role: .primary)
        let kim = try test.createTrustedPerson("Kim")
        try test.link(person, kim, role: .backup)
        try markAbsent(coordinator, kim)
        let form = try coordinator.get("/people/\(person)/handovers/new?link=\(samLink)")
        #expect(!form.contains("Kim (Back-up) · back-up"))
        let response = try coordinator.post("/people/\(person)/handovers", [("link", "\(samLink)"), ("incoming", "\(kim)"), ("outcome", "end")])
        #expect(response.status == 422)
        #expect(response.contains("Kim is off sick until 3 Feb 2027, so they cannot take over now."))
        #expect(try test.count("SELECT count(*) FROM handovers") == 0)
    }

    @Test func theLeaversHandoverOffersNoOneWhoIsAway() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let person = try test.refer("Robin")
        let sam = try test.createTrustedPerson("Sam")
        let samLink = try test.link(person, sam, role: .primary)
        let kim = try test.createTrustedPerson("Kim")
        try test.link(person, kim, role: .backup)
        let lou = try test.createTrustedPerson("Lou")
        try test.link(person, lou)
        try markAbsent(coordinator, kim, kind: "leave")
        try coordinator.get("/trusted-people/\(sam)")
        let started = try coordinator.post("/trusted-people/\(sam)/leave", [("reason", "left-role"), ("confirm", "yes")])
        let bulkPath = try #require(started.location?.split(separator: "?").first.map(String.init))
        let page = try coordinator.get(bulkPath)
        #expect(page.contains("Lou (Trusted)") && !page.contains("Kim (Back-up)"))
        let refused = try coordinator.post(bulkPath + "/propose", [("link", "\(samLink)"), ("incoming", "\(kim)")])
        #expect(refused.status == 422)
        #expect(refused.contains("Kim is on leave until 3 Feb 2027"))
        #expect(try test.count("SELECT count(*) FROM handovers") == 0)
    }

    @Test func badAbsenceInputIsExplainedBesideTheFieldsKeptAndNothingStored() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let sam = try test.createTrustedPerson("Sam")
        try coordinator.get("/trusted-people/\(sam)")
        let response = try coordinator.post("/trusted-people/\(sam)/absence", [("kind", "holiday"), ("from", "2026-12-10"), ("expected_return", "2026-12-01")])
        #expect(response.status == 422)
        #expect(response.contains("Choose whether they are off sick or on leave."))
        #expect(response.contains("The expected return cannot be before the absence starts."))
        #expect(response.contains(#"value="2026-12-10""#) && response.contains(#"value="2026-12-01""#))
        let missing = try coordinator.post("/trusted-people/\(sam)/absence", [("kind", "sickness"), ("from", "2026-11-18"), ("expected_return", "")])
        #expect(missing.contains("Enter when they are expected back, even if it is a guess."))
        #expect(try test.count("SELECT count(*) FROM absences") == 0)
        #expect(try markAbsent(coordinator, sam).status == 303)
        let twice = try coordinator.post("/trusted-people/\(sam)/absence", [("kind", "leave"), ("from", "2026-11-18"), ("expected_return", "2026-12-01")])
        #expect(twice.status == 422)
        #expect(try test.count("SELECT count(*) FROM absences") == 1)
        let early = try coordinator.post("/trusted-people/\(sam)/return", [("returned_on", "2026-11-01")])
        #expect(early.status == 422)
        #expect(early.contains("They cannot return before the absence started."))
        #expect(try test.count("SELECT count(*) FROM absences WHERE returned_on IS NULL") == 1)
    }

    @Test func aBackUpWhoIsAlsoAwayDoesNotAct() {
        let sam = ExistingLink(trustedPersonID: 1, name: "Sam", role: .primary, status: .active)
        let kim = ExistingLink(trustedPersonID: 2, name: "Kim", role: .backup, status: .active)
        #expect(AbsenceRules.acting(for: 1, in: [sam, kim], absentIDs: [1]) == kim)
        #expect(AbsenceRules.acting(for: 1, in: [sam, kim], absentIDs: [1, 2]) == nil)
        #expect(AbsenceRules.needsInterimCover([sam, kim], absentIDs: [1, 2]))
        #expect(!AbsenceRules.needsInterimCover([sam, kim], absentIDs: [1]))
        #expect(!AbsenceRules.needsInterimCover([sam], absentIDs: []))
    }
}
