import Domain
import Foundation
import Testing
@testable import App

/// The collective discussion recorded when a trusted person is chosen: date, who took part, the
/// person's own view (kept as `story`) and the safety check; the circle of trust links to it.
@Suite struct CollectiveDiscussionTests {
    static let discussion = [
        ("discussion_on", "2026-02-01"), ("discussion_organisations", "Riverside Day Centre, Fenland Housing"),
        ("discussion_people", "Robin, Kit Marsh (coordinator)"), ("view_heard", "yes"),
        ("persons_view", "I trust Sam, she never gave up on me."),
    ]

    func choose(_ client: TestClient, _ individual: Int64, name: String = "Sam Carter", _ extra: [(String, String)]) throws -> TestResponse {
        try client.get("/people/\(individual)/links/new")
        return try client.post("/people/\(individual)/links", [
            ("new_name", name), ("new_kind", "person"), ("new_paid", "paid"), ("role", "primary"), ("status", "active"),
            ("started_on", "2026-02-01"),
        ] + extra)
    }

    @Test func theDiscussionIsRecordedWithTheLinkAndTheCircleLinksToIt() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let robin = try test.refer("Robin")
        #expect(try choose(coordinator, robin, Self.discussion).status == 303)
        let id = try test.count("SELECT id FROM trust_discussions")
        #expect(try test.count("SELECT count(*) FROM trust_links WHERE discussion_id = \(id)") == 1)
        let record = try coordinator.get("/people/\(robin)")
        #expect(record.contains("Collective discussion (<a href=\"/people/\(robin)/discussions/\(id)\">the discussion</a>)"))
        let page = try coordinator.get("/people/\(robin)/discussions/\(id)")
        #expect(page.status == 200)
        #expect(page.contains("The collective discussion, 1 Feb 2026"))
        #expect(page.contains("Riverside Day Centre, Fenland Housing") && page.contains("<dd>Sam Carter</dd>"))
        #expect(page.contains("I trust Sam, she never gave up on me."))
        #expect(page.contains("No unsafe marking matched when the link was recorded"))
    }

    @Test func thePersonsViewFollowsTheirStoryConsent() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let robin = try test.refer("Robin")
        try choose(coordinator, robin, Self.discussion)
        let id = try test.count("SELECT id FROM trust_discussions")
        let (kim, kimID) = try test.signedInTrustedPerson()
        try test.link(robin, kimID, role: .backup)
        let page = try kim.get("/people/\(robin)/discussions/\(id)")
        #expect(page.status == 200)
        #expect(!page.contains("never gave up on me"))
        #expect(page.contains("Kept as Story: not shared with you."))
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE individual_id = \(robin) AND categories = ''") >= 1)
        try test.consent(robin, to: .trustedPerson(kimID), [.story])
        #expect(try kim.get("/people/\(robin)/discussions/\(id)").contains("never gave up on me"))
        #expect(try test.signedIn([.champion]).get("/people/\(robin)/discussions/\(id)").status == 403)
    }

    @Test func anIncompleteDiscussionIsExplainedKeepsWhatWasTypedAndStoresNothing() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let robin = try test.refer("Robin")
        let refused = try choose(coordinator, robin, [("discussion_organisations", "Riverside Day Centre"), ("persons_view", "")])
        #expect(refused.status == 422)
        #expect(refused.contains("The person&#39;s own view is part of the discussion") || refused.contains("own view is part of the discussion"))
        #expect(refused.contains("Write what the person said, in their own words."))
        #expect(refused.contains(#"value="Riverside Day Centre""#))
        #expect(try test.count("SELECT count(*) FROM trust_discussions") == 0)
        #expect(try test.count("SELECT count(*) FROM trust_links") == 0)
    }

    @Test func noDiscussionIsRecordedWhenAnUnsafeMarkingMatches() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let robin = try test.refer("Robin")
        try coordinator.get("/people/\(robin)/links/new?unsafe=1")
        try coordinator.post("/people/\(robin)/unsafe", [("new_name", "Kyle Stone"), ("reason", "Threatened Robin"), ("confirm", "yes")])
        let refused = try choose(coordinator, robin, name: "kyle  stone", Self.discussion)
        #expect(refused.status == 422)
        #expect(try test.count("SELECT count(*) FROM trust_discussions") == 0)
    }
}
