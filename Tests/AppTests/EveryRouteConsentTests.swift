import Domain
import Foundation
import HTTP
import Testing
@testable import App

/// Every GET route of the app's own route table, for every role and relation to one person
/// whose every category-bearing field holds a marker of its category: no page shows a marker of
/// a category the reader may not read, and the access log names every category a page showed.
/// The routes come from the table, so a new page is covered the day it is added.
@Suite struct EveryRouteConsentTests {
    /// How the signed-in user stands towards the person, and what was agreed.
    enum Scenario: String, CaseIterable, Sendable {
        case coordinatorFullConsent, coordinatorPartialConsent, coordinatorNoConsent
        case trustedPersonLinkedWithConsent, trustedPersonLinkedNoConsent, trustedPersonUnrelated
        case individualOwnRecord, individualOtherRecord, champion, manager

        var role: Role {
            switch self {
            case .coordinatorFullConsent, .coordinatorPartialConsent, .coordinatorNoConsent: .coordinator
            case .trustedPersonLinkedWithConsent, .trustedPersonLinkedNoConsent, .trustedPersonUnrelated: .trustedPerson
            case .individualOwnRecord, .individualOtherRecord: .individual
            case .champion: .champion
            case .manager: .manager
            }
        }
    }

    static let partialCoordination: Set<InformationCategory> = [.story, .plan, .notes]
    static let sharedWithTrustedPerson: Set<InformationCategory> = [.story, .housing, .safety]

    /// A marker no page text could contain by chance, one per category (and one for other
    /// recipients' consent purposes, which only those who work the case see).
    static func marker(_ category: InformationCategory) -> String { "ZQ\(category.rawValue.replacingOccurrences(of: "-", with: ""))QZ" }
    static let consentPurposeMarker = "ZQconsentpurposeQZ"

    @Test(arguments: Scenario.allCases)
    func noRouteShowsAnUnreadableCategoryAndTheLogNamesWhatWasShown(scenario: Scenario) throws {
        let test = try TestApp()
        let organisation = try test.createOrganisation("Riverside Day Centre")
        let person = try test.refer("Robin", disadvantages: Set(Disadvantage.allCases))
        let email = "user@example.org"
        let userID = try test.createUser(email, roles: [scenario.role], organisationID: organisation)
        let me = try test.createTrustedPerson("Me", userID: userID, organisationID: organisation)
        let ids = try Self.fill(test, person: person, me: me, scenario: scenario, userID: userID)

        let policyRelation = try test.pool.read { db in
            try RelationStore.relation(userID: userID, individualID: person, today: LondonTime.today(test.now), now: test.now, db)
        }
        let readable = AccessPolicy().readableCategories([scenario.role], policyRelation)
        let client = test.client()
        try client.signIn(email, TestApp.password)

        var checked = 0
        for entry in test.app.routeTable.entries where entry.method == .get {
            let path = ids.path(entry.pattern)
            let before = try Self.lastLogID(test)
            let page = try client.get(path)
            let label = "\(scenario.rawValue) GET \(path) (\(page.status))"
            var shown = Set<InformationCategory>()
            for category in InformationCategory.allCases where page.contains(Self.marker(category)) {
                shown.insert(category)
                #expect(readable.contains(category), "\(label) shows \(category.rawValue)")
            }
            if entry.pattern == Route.person(.example).pattern, scenario == .coordinatorFullConsent || scenario == .trustedPersonLinkedWithConsent {
                #expect(shown == readable, "\(label) should show every readable category: the fixture is not doing its job")
            }
            if scenario.role != .coordinator, scenario != .individualOwnRecord {
                #expect(!page.contains(Self.consentPurposeMarker), "\(label) shows another recipient's consent")
            }
            let logged = try Self.loggedCategories(test, person: person, after: before)
            #expect(shown.isSubset(of: logged), "\(label) showed \(shown.map(\.rawValue).sorted()) but logged \(logged.map(\.rawValue).sorted())")
            #expect(logged.isSubset(of: readable), "\(label) logged a category the reader may not read")
            checked += 1
        }
        #expect(checked == test.app.routeTable.entries.filter { $0.method == .get }.count)
    }

    /// The ids a route pattern's parameters take in this fixture.
    struct FixtureIDs {
        let values: [String: String]

        func path(_ pattern: String) -> String {
            values.reduce(pattern) { path, pair in path.replacingOccurrences(of: ":" + pair.key, with: pair.value) }
        }
    }

    /// Writes a marker into every field that carries a category, and the scenario's relation.
    static func fill(_ test: TestApp, person: Int64, me: Int64, scenario: Scenario, userID: Int64) throws -> FixtureIDs {
        let kyle = try test.createTrustedPerson("Kyle")
        let colleague = try test.createTrustedPerson("Colleague")
        let link = try test.link(person, colleague, role: .primary)
        var consentIDs: [Int64] = []
        try test.pool.write { db in
            try db.execute(
                "UPDATE individuals SET legal_name = ?, referral_source = ?, eligibility_exception = ? WHERE id = ?",
                marker(.contactDetails), marker(.notes), marker(.notes), person)
            try db.execute("UPDATE trust_links SET individuals_words = ?, how_it_came_about = ? WHERE id = ?", marker(.story), marker(.notes), link)
            for category in InformationCategory.allCases {
                _ = try StoryStore.add(individualID: person, category: category, toldOn: TestApp.referralDate, body: marker(category), by: nil, now: test.now, db)
                try ContactStore.addContact(
                    individualID: person, on: TestApp.referralDate, kind: .phone, trustedPersonID: nil, servicesInvolved: "",
                    category: category, note: marker(category), by: nil, now: test.now, db)
            }
            let goal = try PlanStore.addGoal(individualID: person, goal: marker(.plan), by: nil, now: test.now, db)
            try PlanStore.addStep(goalID: goal, individualID: person, step: marker(.plan), who: "Sam", dueOn: nil, by: nil, now: test.now, db)
            try ContactStore.addMeeting(
                individualID: person, on: TestApp.referralDate, organisationsPresent: "", coordinatedBy: nil, actions: marker(.notes),
                by: nil, now: test.now, db)
            try TrustLinkStore.markUnsafe(
                individualID: person, trustedPersonID: kyle, reason: marker(.safety), by: nil, now: test.now, today: TestApp.referralDate, db)
            try IndividualStore.changeStatus(person, to: .closed, on: TestApp.referralDate, reason: .other, note: marker(.notes), by: nil, now: test.now, db)
            try IndividualStore.changeStatus(person, to: .open, on: TestApp.referralDate, reason: nil, note: marker(.notes), by: nil, now: test.now, db)
            for consent in try ConsentStore.all(person, db) {
                try ConsentStore.withdraw(consent.grant.id, individualID: person, on: TestApp.referralDate, how: "by-the-person", by: nil, now: test.now, db)
            }
            func consent(_ recipient: ConsentRecipient, _ categories: Set<InformationCategory>) throws {
                consentIDs.append(try ConsentStore.record(
                    individualID: person, recipient: recipient, categories: categories, purpose: consentPurposeMarker, method: .verbal,
                    givenOn: TestApp.referralDate, reviewBy: ConsentPolicy.defaultReviewDate(givenOn: TestApp.referralDate), by: nil, now: test.now, db))
            }
            try consent(.trustedPerson(colleague), Set(InformationCategory.allCases))
            switch scenario {
            case .coordinatorFullConsent: try consent(.coordinationTeam, Set(InformationCategory.allCases))
            case .coordinatorPartialConsent: try consent(.coordinationTeam, partialCoordination)
            case .trustedPersonLinkedWithConsent: try consent(.trustedPerson(me), sharedWithTrustedPerson)
            default: break
            }
            switch scenario {
            case .trustedPersonLinkedWithConsent, .trustedPersonLinkedNoConsent:
                _ = try TrustLinkStore.add(
                    NewTrustLink(trustedPersonID: me, role: .trusted, status: .active, confirmed: true, howItCameAbout: marker(.notes),
                                 individualsWords: marker(.story), introducedBy: nil, startedOn: TestApp.referralDate),
                    individualID: person, by: nil, now: test.now, db)
            case .individualOwnRecord:
                try IndividualStore.linkAccount(individualID: person, userID: userID, db)
            default: break
            }
        }
        try test.addStar(person, every: 5)
        let (entry, step, star, ndt) = try test.pool.read { db -> (Int64, Int64, Int64, Int64) in
            (try db.scalar("SELECT max(entry_id) FROM story_entries") ?? 0, try db.scalar("SELECT max(id) FROM plan_steps") ?? 0,
             try db.scalar("SELECT max(reading_id) FROM star_readings") ?? 0, 0)
        }
        _ = ndt
        return FixtureIDs(values: [
            "individual": String(person), "trusted": String(me), "link": String(link), "entry": String(entry), "step": String(step),
            "assessment": String(star), "consent": String(consentIDs.first ?? 0), "file": "2026Q1.csv", "token": String(repeating: "A", count: 43),
            "user": "1", "organisation": "1", "barrier": "1", "handover": "1", "bulk": "1", "import": "1",
        ])
    }

    static func lastLogID(_ test: TestApp) throws -> Int64 {
        try test.app.services.accessLog.pool.read { db in try db.scalar("SELECT coalesce(max(id), 0) FROM access_log") ?? 0 }
    }

    static func loggedCategories(_ test: TestApp, person: Int64, after id: Int64) throws -> Set<InformationCategory> {
        let rows: [String] = try test.app.services.accessLog.pool.read { db in
            try db.query("SELECT categories FROM access_log WHERE id > ? AND individual_id = ?", id, person).map { try $0.get("categories") }
        }
        return Set(rows.flatMap { $0.split(separator: ",").compactMap { InformationCategory(rawValue: String($0)) } })
    }
}
