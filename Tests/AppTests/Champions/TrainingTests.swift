import Domain
import Foundation
import Testing
@testable import App

/// Training, the champions' side: needs flagged by a champion (their own organisation only), a
/// coordinator or the trusted person; sessions and attendance recorded by coordinators, which
/// meet the needs and move the coverage on the champion's home.
@Suite struct TrainingTests {
    /// Riverside with Sam and Kit (each walking alongside someone), Fenland with Lee.
    struct World {
        let test: TestApp
        let riverside: Int64
        let fenland: Int64
        let sam: Int64
        let kit: Int64
        let lee: Int64
    }

    static func world() throws -> World {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        let fenland = try test.createOrganisation("Fenland Housing")
        let sam = try test.createTrustedPerson("Sam Carter", organisationID: riverside)
        let kit = try test.createTrustedPerson("Kit Moss", organisationID: riverside)
        let lee = try test.createTrustedPerson("Lee Fenn", organisationID: fenland)
        for (name, trusted) in [("Robin", sam), ("Ash", kit), ("Bo", lee)] {
            try test.link(try test.refer(name), trusted, role: .primary)
        }
        return World(test: test, riverside: riverside, fenland: fenland, sam: sam, kit: kit, lee: lee)
    }

    @Test func aChampionFlagsANeedForTheirOwnTrustedPersonAndSeesItOnTheirHome() throws {
        let world = try Self.world()
        let champion = try world.test.signedIn([.champion], email: "cham@example.org", organisationID: world.riverside)
        let form = try champion.get("/training/needs/new")
        #expect(form.status == 200)
        #expect(form.contains("Sam Carter") && form.contains("Kit Moss"))
        #expect(!form.contains("Lee Fenn"))
        let flagged = try champion.post(
            "/training/needs/new", [("trusted_person", "\(world.sam)"), ("course", "trauma-informed-practice"), ("note", "New in post")])
        #expect(flagged.status == 303)
        #expect(flagged.location == "/organisation?notice=training-need-flagged")
        let home = try champion.get("/organisation")
        #expect(home.contains("Trauma-informed practice: <strong>0 of 2 active trusted persons trained (0%)</strong>"))
        #expect(home.contains("New in post"))
        #expect(try world.test.count("SELECT count(*) FROM training_needs WHERE flagged_as = 'champion' AND met_at IS NULL") == 1)
    }

    @Test func aChampionNeverSeesOrFlagsAnotherOrganisationsNeeds() throws {
        let world = try Self.world()
        let coordinator = try world.test.signedIn([.coordinator])
        try coordinator.get("/training")
        try coordinator.post("/training/needs/new", [("trusted_person", "\(world.lee)"), ("course", "trusted-person-approach"), ("note", "Fenland only")])
        let champion = try world.test.signedIn([.champion], email: "cham@example.org", organisationID: world.riverside)
        #expect(!(try champion.get("/organisation")).contains("Fenland only"))
        #expect(!(try champion.get("/training/needs/new")).contains("Fenland only"))
        let refused = try champion.post("/training/needs/new", [("trusted_person", "\(world.lee)"), ("course", "other"), ("note", "Mine")])
        #expect(refused.status == 422)
        #expect(refused.contains("Choose the trusted person the training is for."))
        #expect(refused.contains(">Mine</textarea>"))
        #expect(try world.test.count("SELECT count(*) FROM training_needs") == 1)
        #expect(try champion.get("/training").status == 403)
    }

    @Test func aTrustedPersonFlagsTheirOwnNeedOnly() throws {
        let world = try Self.world()
        let (client, ownID) = try world.test.signedInTrustedPerson(organisationID: world.riverside)
        let form = try client.get("/training/needs/new")
        #expect(form.contains(">Sam, Riverside Day Centre<"))
        #expect(!form.contains("Kit Moss"))
        #expect(try client.post("/training/needs/new", [("trusted_person", "\(world.kit)"), ("course", "other")]).status == 422)
        let own = try client.post("/training/needs/new", [("trusted_person", "\(ownID)"), ("course", "other")])
        #expect(own.status == 303)
        let again = try client.post("/training/needs/new", [("trusted_person", "\(ownID)"), ("course", "other")])
        #expect(again.status == 422)
        #expect(again.contains("This need is already flagged and not yet met."))
        #expect(try world.test.count("SELECT count(*) FROM training_needs WHERE flagged_as = 'trusted-person'") == 1)
    }

    @Test func aCoordinatorRecordsASessionAndAttendanceWhichMeetsTheNeedAndMovesTheCoverage() throws {
        let world = try Self.world()
        let champion = try world.test.signedIn([.champion], email: "cham@example.org", organisationID: world.riverside)
        try champion.get("/organisation")
        try champion.post("/training/needs/new", [("trusted_person", "\(world.sam)"), ("course", "trauma-informed-practice")])
        let coordinator = try world.test.signedIn([.coordinator])
        try coordinator.get("/training")
        let bad = try coordinator.post("/training", [("course", "cooking"), ("held_on", "2026-13-01"), ("provider", "Mind"), ("places", "0")])
        #expect(bad.status == 422)
        #expect(bad.contains("Choose the course.") && bad.contains("Enter the date as day, month and year") && bad.contains("Enter the number of places"))
        #expect(bad.contains(#"value="Mind""#))
        #expect(try world.test.count("SELECT count(*) FROM training_sessions") == 0)
        let added = try coordinator.post(
            "/training", [("course", "trauma-informed-practice"), ("held_on", "2026-11-02"), ("provider", "Mind Cambridgeshire"), ("places", "2")])
        #expect(added.status == 303)
        let sessionPath = try #require(added.location?.split(separator: "?").first.map(String.init))
        let session = try coordinator.get(sessionPath)
        #expect(session.contains(#"name="attendee" value="\#(world.sam)""#))
        let tooMany = try coordinator.post(sessionPath + "/attendance", [("attendee", "\(world.sam)"), ("attendee", "\(world.kit)"), ("other", "\(world.lee)")])
        #expect(tooMany.status == 422)
        #expect(tooMany.contains("The session has 2 places left"))
        #expect(try world.test.count("SELECT count(*) FROM training_attendance") == 0)
        let recorded = try coordinator.post(sessionPath + "/attendance", [("attendee", "\(world.sam)")])
        #expect(recorded.status == 303)
        #expect(try world.test.count("SELECT count(*) FROM training_needs WHERE met_at IS NOT NULL AND met_by_session_id IS NOT NULL") == 1)
        let home = try champion.get("/organisation")
        #expect(home.contains("<strong>1 of 2 active trusted persons trained (50%)</strong>"))
        #expect(home.contains(#"<time datetime="2026-11-02">2 Nov 2026</time>"#))
        #expect(try coordinator.get("/training").contains("<strong>1 of 3 active trusted persons trained (33%)</strong>"))
    }

    @Test func attendanceWaitsUntilAPlannedSessionIsHeld() throws {
        let world = try Self.world()
        let coordinator = try world.test.signedIn([.coordinator])
        try coordinator.get("/training")
        let added = try coordinator.post("/training", [("course", "other"), ("held_on", "2027-03-01")])
        let sessionPath = try #require(added.location?.split(separator: "?").first.map(String.init))
        let refused = try coordinator.post(sessionPath + "/attendance", [("other", "\(world.sam)")])
        #expect(refused.status == 422)
        #expect(refused.contains("Record who attended once the session has been held."))
        #expect(try coordinator.post("/training", [("course", "other"), ("held_on", "2030-01-01")]).contains("Plan sessions at most 2 years ahead."))
    }

    @Test func attendanceRecordedOnTheTrustedPersonsPageMeetsTheirNeedToo() throws {
        let world = try Self.world()
        let coordinator = try world.test.signedIn([.coordinator])
        try coordinator.get("/training")
        try coordinator.post("/training/needs/new", [("trusted_person", "\(world.kit)"), ("course", "trusted-person-approach")])
        #expect(try world.test.count("SELECT count(*) FROM training_needs WHERE flagged_as = 'coordinator' AND met_at IS NULL") == 1)
        try coordinator.post("/trusted-people/\(world.kit)/training", [("course", "other"), ("attended_on", "2026-10-01")])
        #expect(try world.test.count("SELECT count(*) FROM training_needs WHERE met_at IS NULL") == 1)
        try coordinator.post("/trusted-people/\(world.kit)/training", [("course", "trusted-person-approach"), ("attended_on", "2026-10-01")])
        #expect(try world.test.count("SELECT count(*) FROM training_needs WHERE met_at IS NULL") == 0)
    }
}

extension TrainingTests {
    @Test func theDemoGivesTheChampionTrainingCoverageAndNeeds() throws {
        let test = try TestApp()
        _ = try DemoData.load(test.app.services, now: test.now)
        let riverside = try test.count("SELECT id FROM organisations WHERE name = 'Riverside Day Centre'")
        let home = try test.signedIn([.champion], email: "second-champion@example.org", organisationID: Int64(riverside)).get("/organisation")
        #expect(home.contains("active trusted persons trained ("))
        #expect(try test.count("SELECT count(*) FROM training_needs WHERE met_at IS NULL") >= 2)
        #expect(home.contains("Asked for it at supervision") || home.contains("New in post since the spring"))
        #expect(try test.count("SELECT count(DISTINCT s.held_on) FROM training_sessions s JOIN training_attendance a ON a.session_id = s.id") >= 5)
    }
}
