import Domain
import Foundation
import Testing
@testable import App

/// For every role, every relation to an individual and every category, what each page that
/// shows personal information shows — with the expectation taken from `AccessPolicy` itself,
/// so a page that forgets the policy fails here.
@Suite struct ConsentMatrixTests {
    /// How the signed-in user stands towards the individual.
    enum Relation: String, CaseIterable, Sendable {
        case ownRecord, linked, linkedButEnded, sameOrganisation, unrelated
    }

    /// What the trusted person and their organisation were given in this scenario.
    static let sharedWithTrustedPerson: Set<InformationCategory> = [.story, .housing]
    static let sharedWithOrganisation: Set<InformationCategory> = [.health]

    static func marker(_ category: InformationCategory) -> String { "MARKER-\(category.rawValue)-END" }

    static let cases: [(Role, Relation)] = Role.allCases.flatMap { role in Relation.allCases.map { (role, $0) } }

    @Test(arguments: cases)
    func pagesShowExactlyWhatThePolicyAllows(role: Role, relation: Relation) throws {
        let test = try TestApp()
        let organisation = try test.createOrganisation("Riverside Day Centre")
        let person = try test.refer("Robin")
        for category in InformationCategory.allCases {
            try test.story(person, category, Self.marker(category))
        }
        let email = "user@example.org"
        let userID = try test.createUser(email, roles: [role], organisationID: organisation)
        let me = try test.createTrustedPerson("Me", userID: userID, organisationID: organisation)
        try test.consent(person, to: .trustedPerson(me), Self.sharedWithTrustedPerson)
        try test.consent(person, to: .organisation(organisation), Self.sharedWithOrganisation)
        switch relation {
        case .ownRecord:
            try test.pool.write { db in try db.execute("UPDATE individuals SET user_id = ? WHERE id = ?", userID, person) }
        case .linked:
            try test.link(person, me)
        case .linkedButEnded:
            let link = try test.link(person, me)
            try test.pool.write { db in try TrustLinkStore.end(link, on: TestApp.referralDate, reason: .individualChoice, by: nil, now: test.now, db) }
        case .sameOrganisation:
            try test.link(person, try test.createTrustedPerson("Colleague", organisationID: organisation))
        case .unrelated:
            break
        }
        let policyRelation = IndividualRelation(
            hasActiveLink: relation == .linked, isOwnRecord: relation == .ownRecord,
            sharedWithUser: Self.sharedWithTrustedPerson.union(Self.sharedWithOrganisation),
            sharedWithCoordinators: Set(InformationCategory.allCases))
        let policy = AccessPolicy()
        let mayOpen = policy.mayViewIndividual([role], policyRelation)
        let expected = mayOpen ? policy.readableCategories([role], policyRelation) : []

        let client = test.client()
        try client.signIn(email, TestApp.password)
        let label = "\(role.rawValue) \(relation.rawValue)"
        let record = try client.get("/people/\(person)")
        #expect(record.status == (mayOpen ? 200 : 403), "\(label) record page")
        var pages = [record]
        if role == .individual {
            let own = try client.get("/me/story")
            #expect(own.status == (relation == .ownRecord ? 200 : 404), "\(label) my story")
            pages.append(own)
        }
        if role == .trustedPerson { pages.append(try client.get("/alongside")) }
        for category in InformationCategory.allCases {
            let shown = pages.contains { $0.contains(Self.marker(category)) }
            #expect(shown == expected.contains(category), "\(label) \(category.rawValue)")
        }
        if mayOpen, expected.count < InformationCategory.allCases.count, role != .individual {
            let hidden = InformationCategory.allCases.count - expected.count
            #expect(record.contains(hidden == 1 ? "1 entry is not shared with you." : "\(hidden) entries are not shared with you."), "\(label) says what is hidden")
        }
        let logged = try test.countLog("SELECT count(*) FROM access_log WHERE user_id = \(userID) AND individual_id = \(person)")
        #expect((logged > 0) == (mayOpen || (role == .individual && relation == .ownRecord)), "\(label) access log")
    }
}

@Suite struct ConsentTests {
    @Test func withdrawalTakesEffectAtOnceInAnOpenSession() throws {
        let test = try TestApp()
        let (client, sam) = try test.signedInTrustedPerson()
        let person = try test.refer("Robin")
        try test.link(person, sam, role: .primary)
        let consent = try test.consent(person, to: .trustedPerson(sam), [.story])
        try test.story(person, .story, "I grew up near Ely")
        #expect(try client.get("/people/\(person)").contains("I grew up near Ely"))
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)")
        #expect(try coordinator.post("/people/\(person)/consents/\(consent)/withdraw").status == 303)
        let after = try client.get("/people/\(person)")
        #expect(!after.contains("I grew up near Ely"))
        #expect(after.contains("1 entry is not shared with you."))
    }

    @Test func expiredConsentStopsSharingUntilReviewed() throws {
        let test = try TestApp()
        let (client, sam) = try test.signedInTrustedPerson()
        let person = try test.refer("Robin")
        try test.link(person, sam, role: .primary)
        try test.story(person, .housing, "Sofa surfing at my cousin's")
        try test.pool.write { db in
            _ = try ConsentStore.record(
                individualID: person, recipient: .trustedPerson(sam), categories: [.housing], purpose: "Support", method: .verbal,
                givenOn: LondonTime.today(test.now).adding(days: -10), reviewBy: LondonTime.today(test.now).adding(days: 1), by: nil, now: test.now, db)
        }
        #expect(try client.get("/people/\(person)").contains("Sofa surfing"))
        test.advance(by: 2 * 24 * 60 * 60)
        try client.signIn("sam@example.org", TestApp.password)
        #expect(!(try client.get("/people/\(person)").contains("Sofa surfing")))
        let coordinator = try test.signedIn([.coordinator])
        let record = try coordinator.get("/people/\(person)")
        #expect(record.contains("Expired: review was due"))
    }

    @Test func anOrganisationsConsentReachesItsTrustedPersonsOnlyWhileLinked() throws {
        let test = try TestApp()
        let organisation = try test.createOrganisation("Riverside Day Centre")
        let (client, sam) = try test.signedInTrustedPerson(organisationID: organisation)
        let person = try test.refer("Robin")
        try test.consent(person, to: .organisation(organisation), [.health])
        try test.story(person, .health, "Asthma, uses an inhaler")
        #expect(try client.get("/people/\(person)").status == 403)
        try test.link(person, sam)
        #expect(try client.get("/people/\(person)").contains("Asthma, uses an inhaler"))
    }

    @Test func nothingIsSharedWithSomeoneMarkedUnsafeWhateverTheConsent() throws {
        let test = try TestApp()
        let (client, sam) = try test.signedInTrustedPerson()
        let person = try test.refer("Robin")
        try test.link(person, sam)
        try test.consent(person, to: .trustedPerson(sam), [.story])
        try test.story(person, .story, "Private words")
        try test.pool.write { db in
            try db.execute("INSERT INTO unsafe_markings (individual_id, trusted_person_id, reason, recorded_at) VALUES (?, ?, 'Concern', ?)", person, sam, test.now)
        }
        #expect(try client.get("/people/\(person)").status == 403)
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)/consents/new")
        let refused = try coordinator.post("/people/\(person)/consents", [("recipient", "trusted-person:\(sam)"), ("categories", "story"), ("purpose", "Support"), ("how_given", "verbal"), ("given_on", "2026-02-01")])
        #expect(refused.status == 422)
        #expect(refused.contains("recorded as unsafe"))
    }

    @Test func theSafeguardingOverrideIsLoggedAndShownToTheManagerAndThePerson() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        try test.story(person, .safety, "Partner has threatened me")
        let coordinatorConsent: Int64 = try test.pool.read { db in try db.scalar("SELECT id FROM consents WHERE individual_id = ?", person) ?? 0 }
        try test.pool.write { db in try ConsentStore.withdraw(coordinatorConsent, individualID: person, on: TestApp.referralDate, how: "by-the-person", by: nil, now: test.now, db) }
        let coordinator = try test.signedIn([.coordinator])
        #expect(!(try coordinator.get("/people/\(person)").contains("Partner has threatened me")))
        let refused = try coordinator.post("/people/\(person)/override", [("categories", "safety"), ("reason", "")])
        #expect(refused.status == 422)
        #expect(refused.contains("Say who is at risk and why you need this information now."))
        #expect(refused.contains("id=\"override-safety\" name=\"categories\" value=\"safety\" checked"))
        #expect(try test.count("SELECT count(*) FROM safeguarding_overrides") == 0)
        #expect(try coordinator.post("/people/\(person)/override", [("categories", "safety"), ("reason", "Police report of threats; checking risk tonight")]).status == 303)
        #expect(try coordinator.get("/people/\(person)").contains("Partner has threatened me"))
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE action = 'safeguarding override'") == 1)
        let manager = try test.signedIn([.manager], email: "m@example.org")
        #expect(try manager.get("/network").contains("Police report of threats; checking risk tonight"))
        let robin = try test.signedInAsThePerson(person)
        let looked = try robin.get("/me/looked")
        #expect(looked.contains("safeguarding override: Police report of threats"))
        test.advance(by: 25 * 60 * 60)
        try coordinator.signIn("coordinator@example.org", TestApp.password)
        #expect(!(try coordinator.get("/people/\(person)").contains("Partner has threatened me")))
    }

    @Test func everyViewIsLoggedBeforeThePageIsSentAndThePersonCanSeeIt() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        try test.story(person, .story, "Told once")
        let coordinator = try test.signedIn([.coordinator], email: "priya@example.org")
        try coordinator.get("/people/\(person)")
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE individual_id = \(person) AND categories LIKE '%story%'") == 1)
        let robin = try test.signedInAsThePerson(person)
        let looked = try robin.get("/me/looked")
        #expect(looked.contains("priya@example.org"))
        #expect(looked.contains("Story"))
    }

    @Test func thePersonWithdrawsConsentThemselvesAfterAConfirmation() throws {
        let test = try TestApp()
        let organisation = try test.createOrganisation("Riverside Day Centre")
        let person = try test.refer("Robin")
        let consent = try test.consent(person, to: .organisation(organisation), [.story])
        let robin = try test.signedInAsThePerson(person)
        let sharing = try robin.get("/me/sharing")
        #expect(sharing.contains("Stop sharing with Riverside Day Centre"))
        let confirm = try robin.get("/me/sharing/\(consent)/withdraw")
        #expect(confirm.contains("Yes, stop sharing"))
        #expect(try test.count("SELECT count(*) FROM consents WHERE withdrawn_on IS NOT NULL") == 0)
        #expect(try robin.post("/me/sharing/\(consent)/withdraw").status == 303)
        #expect(try test.count("SELECT count(*) FROM consents WHERE id = \(consent) AND withdrawn_how = 'by-the-person'") == 1)
        #expect(try robin.get("/me/sharing/\(consent)/withdraw").status == 404)
        #expect(try robin.get("/me/sharing/999/withdraw").status == 404)
    }

    @Test func searchNeverMatchesInsideContentTheSearcherCannotRead() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        try test.story(person, .story, "zebracrossing")
        let coordinator = try test.signedIn([.coordinator])
        #expect(try coordinator.get("/caseload?q=zebracrossing").contains("Showing 0 of 0"))
        #expect(try coordinator.get("/caseload?q=Robin").contains("Showing 1–1 of 1"))
    }

    @Test func badConsentFormsAreExplainedAndStoreNothing() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)/consents/new")
        let before = try test.count("SELECT count(*) FROM consents")
        let response = try coordinator.post("/people/\(person)/consents", [("recipient", "nobody"), ("purpose", ""), ("how_given", "telepathy"), ("given_on", "2026-02-01"), ("review_by", "2026-01-01")])
        #expect(response.status == 422)
        #expect(response.contains("Choose who the information may be shared with."))
        #expect(response.contains("Choose at least one kind of information."))
        #expect(response.contains("Say what the information will be used for."))
        #expect(response.contains("Choose how the person gave consent."))
        #expect(response.contains("The review date must be after the date consent was given."))
        #expect(try test.count("SELECT count(*) FROM consents") == before)
    }

    @Test func theStoryIsAmendedAsANewVersionKeepingTheOld() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/\(person)/story/new")
        #expect(try coordinator.post("/people/\(person)/story", [("category", "story"), ("told_on", "2026-02-01"), ("body", "First telling")]).status == 303)
        let entry = try test.count("SELECT entry_id FROM story_entries")
        try coordinator.get("/people/\(person)/story/\(entry)/amend")
        #expect(try coordinator.post("/people/\(person)/story/\(entry)/amend", [("category", "story"), ("told_on", "2026-02-01"), ("body", "Second telling")]).status == 303)
        let page = try coordinator.get("/people/\(person)")
        #expect(page.contains("Second telling"))
        #expect(page.contains("First telling"))
        #expect(try test.count("SELECT count(*) FROM story_entries") == 2)
        let empty = try coordinator.post("/people/\(person)/story", [("category", "story"), ("told_on", "2099-01-01"), ("body", " ")])
        #expect(empty.status == 422)
        #expect(empty.contains("Write what the person said"))
        #expect(try test.count("SELECT count(*) FROM story_entries") == 2)
    }
}

@Suite struct ListPageTests {
    @Test func aListIsDrawnOnceHoweverManyItemsItHas() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        for _ in 0..<3 { try coordinator.get("/people/\(person)") }
        let robin = try test.signedInAsThePerson(person)
        let looked = try robin.get("/me/looked")
        #expect(looked.body.components(separatedBy: "<table").count - 1 == 1)
        let record = try coordinator.get("/people/\(person)")
        #expect(record.body.components(separatedBy: "Who has looked at this record").count - 1 == 1)
        #expect(record.body.components(separatedBy: "<caption class=\"visually-hidden\">Latest views of this record</caption>").count - 1 == 1)
    }
}

@Suite struct ConsentReviewTests {
    @Test func coordinatorsSeeConsentsDueForReview() throws {
        let test = try TestApp()
        let due = try test.refer("Due Soon")
        try test.refer("Not Due")
        try test.pool.write { db in
            let today = LondonTime.today(test.now)
            _ = try ConsentStore.record(
                individualID: due, recipient: .coordinationTeam, categories: [.story], purpose: "Support", method: .verbal,
                givenOn: today.adding(days: -350), reviewBy: today.adding(days: 10), by: nil, now: test.now, db)
        }
        let page = try test.signedIn([.coordinator]).get("/caseload")
        #expect(page.contains("Consents due for review: 1"))
        #expect(page.contains("Due Soon"))
        #expect(!page.contains(">Not Due ("))
    }
}

@Suite struct ManagerAccessLogTests {
    @Test func managersSeeTheAccessLogByReferenceNotName() throws {
        let test = try TestApp()
        let person = try test.refer("Secretname Person")
        let coordinator = try test.signedIn([.coordinator], email: "priya@example.org")
        try coordinator.get("/people/\(person)")
        let network = try test.signedIn([.manager], email: "m@example.org").get("/network")
        #expect(network.contains("CF-0001"))
        #expect(network.contains("priya@example.org"))
        #expect(!network.contains("Secretname"))
    }
}

@Suite struct EveryReadIsLoggedTests {
    @Test func formsListsAndHandoversThatShowAPersonAreLoggedToo() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        for path in ["/people/\(person)/edit", "/people/\(person)/links/new", "/people/\(person)/progress", "/caseload"] {
            #expect(try coordinator.get(path).status == 200, "\(path)")
        }
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE reason = 'GET /people/\(person)/edit'") == 1)
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE reason = 'GET /people/\(person)/links/new'") == 1)
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE reason = 'Opened the progress page'") == 1)
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE action = 'list' AND individual_id = \(person)") == 1)
        #expect(try coordinator.get("/people/999/edit").status == 404)
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE individual_id = 999") == 0)
    }
}

@Suite struct RecordPageFormTests {
    @Test func theRecordPagesSmallFormsExplainBadInputAndKeepIt() throws {
        let test = try TestApp()
        let person = try test.refer("Robin", disadvantages: [.homelessness])
        let coordinator = try test.signedIn([.coordinator], email: "priya@example.org")
        try coordinator.get("/people/\(person)")
        let long = try coordinator.post("/people/\(person)/eligibility", [("exception_reason", String(repeating: "x", count: 501))])
        #expect(long.status == 422)
        #expect(long.contains("Keep the reason to 500 characters or fewer."))
        #expect(long.contains(String(repeating: "x", count: 501)))
        #expect(try test.count("SELECT count(*) FROM individuals WHERE eligibility_exception IS NOT NULL") == 0)
        let taken = try coordinator.post("/people/\(person)/account", [("email", "PRIYA@example.org")])
        #expect(taken.status == 422)
        #expect(taken.contains("An account with this email address already exists."))
        #expect(taken.contains("value=\"PRIYA@example.org\""))
        let malformed = try coordinator.post("/people/\(person)/account", [("email", "not an email")])
        #expect(malformed.contains("Enter an email address like name@example.org."))
        #expect(try test.count("SELECT count(*) FROM users") == 1)
        #expect(try test.count("SELECT count(*) FROM individuals WHERE user_id IS NOT NULL") == 0)
    }
}
