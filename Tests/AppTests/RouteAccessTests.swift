import Domain
import Foundation
import HTTP
import Testing
@testable import App

/// Every route in the app's own route table against every role, so a new page cannot be
/// added without its access rule being checked: 200 (or a form's answer) when allowed,
/// a redirect to sign-in when signed out, 403 when signed in without the permission.
@Suite struct RouteAccessTests {
    /// A signed-out visitor, then each role on its own.
    static let visitors: [Role?] = [nil] + Role.allCases.map { $0 }

    @Test(arguments: visitors)
    func everyRouteAnswersEachVisitorAsItsAccessRuleSays(role: Role?) throws {
        let test = try TestApp()
        let organisationID = try test.createOrganisation("Riverside Day Centre")
        let subjectID = try test.createUser("subject@example.org", roles: [.trustedPerson], organisationID: organisationID)
        let individualID = try test.refer("Robin")
        let trustedPersonID = try test.createTrustedPerson("Sam Carter")
        let linkID = try test.link(individualID, trustedPersonID, role: .primary)
        let handoverID = try test.pool.write { db in
            try HandoverStore.create(
                individualID: individualID, outgoingLinkID: linkID, incomingTrustedPersonID: try TrustedPersonStore.create(
                    name: "Next", kind: .person, organisationID: nil, paid: .paid, userID: nil, now: test.now, db),
                fromNetwork: false, whySomeoneNew: "test", outcome: .end, bulkHandoverID: nil, by: nil, now: test.now, db)
        }
        let (entryID, stepID) = try test.pool.write { db in
            let entry = try StoryStore.add(individualID: individualID, category: .story, toldOn: TestApp.referralDate, body: "Told once", by: nil, now: test.now, db)
            let goal = try PlanStore.addGoal(individualID: individualID, goal: "A home", by: nil, now: test.now, db)
            try PlanStore.addStep(goalID: goal, individualID: individualID, step: "Call housing", who: "Sam", dueOn: nil, by: nil, now: test.now, db)
            return (entry, try db.scalar("SELECT max(id) FROM plan_steps") ?? Int64(0))
        }
        let (ndtID, starID) = try test.pool.write { db in
            (try AssessmentStore.addNDT(NDTAssessment(ratings: [:], assessedOn: TestApp.referralDate), individualID: individualID, by: nil, now: test.now, db),
             try AssessmentStore.addStar(StarReading(scores: Dictionary(uniqueKeysWithValues: StarArea.allCases.map { ($0, 5) }), assessedOn: TestApp.referralDate),
                                         tookPart: "", note: "", individualID: individualID, by: nil, now: test.now, db))
        }
        let barrierID = try test.pool.write { db in
            try db.execute("INSERT INTO barriers (ref, title, category, raised_on, status, recorded_at) VALUES ('B-0001', 'A barrier', 'policy', '2026-01-01', 'raised', ?)", test.now)
            return db.lastInsertRowID
        }
        let bulkID = try test.pool.write { db in
            try HandoverStore.createBulk(trustedPersonID: trustedPersonID, reason: .sickness, note: "", by: nil, now: test.now, db)
        }
        let (helpID, invitationID) = try test.pool.write { db in
            (try HelpRequestStore.create(
                individualID: individualID, askedBy: subjectID, organisationID: nil, addressedTo: .coordinator, text: "Help",
                now: test.now, db),
             try InvitationStore.create(
                organisationID: organisationID, displayName: "Invited", email: "invited@example.org", paid: .paid, by: subjectID,
                now: test.now, db))
        }
        let discussionID = try test.pool.write { db in
            try DiscussionStore.record(
                CollectiveDiscussion(heldOn: TestApp.referralDate, organisations: "Riverside", people: "Robin", personsView: "Sam"),
                individualID: individualID, linkID: linkID, by: nil, now: test.now, db)
        }
        let sessionID = try test.pool.write { db in
            try TrainingSessionStore.create(
                course: .other, heldOn: TestApp.referralDate, provider: nil, places: nil, by: subjectID, now: test.now, db)
        }
        let client = try role.map { try test.signedIn([$0], organisationID: organisationID) } ?? test.client()
        if role != nil { try client.get("/account/password") }
        let ownRecord = try test.refer("Own record")
        if role == .individual {
            try test.pool.write { db in
                try db.execute("UPDATE individuals SET user_id = (SELECT id FROM users WHERE email = 'individual@example.org') WHERE id = ?", ownRecord)
            }
        }
        let ownLinkID = try test.link(ownRecord, trustedPersonID)
        let questionID = try test.pool.write { db in
            try CircleQuestionStore.ask(individualID: individualID, linkID: linkID, words: "", by: nil, now: test.now, db)
        }
        let consentID: Int64 = try test.pool.read { db in try db.scalar("SELECT min(id) FROM consents WHERE individual_id = ?", individualID) ?? 0 }
        let ownConsentID: Int64 = try test.pool.read { db in try db.scalar("SELECT min(id) FROM consents WHERE individual_id = ?", ownRecord) ?? 0 }
        func lastly(_ pattern: String) -> Int { pattern == "/sign-out" ? 2 : (pattern.hasSuffix("/withdraw") ? 1 : 0) }
        let signOutLast = test.app.routeTable.entries.sorted { lastly($0.pattern) < lastly($1.pattern) }
        for entry in signOutLast where entry.access != .anyone {
            let replacements: [(String, String)] = [
                (":organisation", "\(organisationID)"),
                (":trusted", "\(trustedPersonID)"),
                (":individual", "\(individualID)"),
                (":barrier", "\(barrierID)"),
                (":link", "\(entry.pattern.hasPrefix("/me/") ? ownLinkID : linkID)"),
                (":question", "\(questionID)"),
                (":handover", "\(handoverID)"),
                (":bulk", "\(bulkID)"),
                (":entry", "\(entryID)"),
                (":assessment", "\(entry.pattern.contains("/ndt/") ? ndtID : starID)"),
                (":step", "\(stepID)"),
                (":file", "2026Q3.csv"),
                (":template", "people.csv"),
                (":consent", "\(entry.pattern.hasPrefix("/me/") ? ownConsentID : consentID)"),
                (":import", "\(subjectID)"),
                (":user", "\(subjectID)"),
                (":help", "\(helpID)"),
                (":invitation", "\(invitationID)"),
                (":discussion", "\(discussionID)"),
                (":session", "\(sessionID)"),
            ]
            var path = entry.pattern
            for (name, value) in replacements { path = path.replacingOccurrences(of: name, with: value) }
            #expect(!path.contains(":"), "\(path) has a parameter the test does not fill")
            let query = entry.pattern.hasSuffix("/handovers/new") ? "?link=\(linkID)" : ""
            let response = entry.method == .get ? try client.get(path + query) : try client.post(path, [])
            let label = "\(role?.rawValue ?? "signed out") \(entry.method.rawValue) \(entry.pattern)"
            guard let role else {
                #expect(response.status == 303, "\(label)")
                #expect(response.location?.hasPrefix("/sign-in") == true, "\(label)")
                continue
            }
            let allowed: Bool
            switch entry.access {
            case .anyone, .signedIn: allowed = true
            case .permission(let permission): allowed = AccessPolicy().allows([role], permission)
            case .individualRecord: allowed = AccessPolicy().mayViewIndividual([role], IndividualRelation())
            case .individualWork: allowed = AccessPolicy().mayWorkWithIndividual([role], IndividualRelation())
            case .handover:
                allowed = AccessPolicy().mayReadHandoverNote([role], HandoverRelation(isIncomingPerson: false, stage: .proposed, isMarkedUnsafe: false))
            case .helpRequest:
                allowed = AccessPolicy().mayOpenHelpRequest(
                    [role], HelpRequestRelation(isAsker: false, sharesAskersOrganisation: false, addressedTo: .coordinator))
            }
            if !allowed {
                #expect(response.status == 403, "\(label)")
            } else if entry.method == .get {
                #expect(response.status == 200, "\(label)")
            } else {
                #expect(response.status != 403 && response.status < 500, "\(label) answered \(response.status)")
            }
        }
    }

    @Test(arguments: Role.allCases)
    func theNavigationShowsOnlyWhatTheRoleMayOpen(role: Role) throws {
        let test = try TestApp()
        let home = try test.signedIn([role]).get("/")
        for item in PageRenderer.navigation where item.href != "/" {
            let shown = home.contains("href=\"\(item.href)\"")
            #expect(shown == AccessPolicy().allows([role], item.permission!), "\(role) \(item.href)")
        }
    }

    @Test func severalRolesSeeTheUnionOfTheirPages() throws {
        let test = try TestApp()
        let client = try test.signedIn([.coordinator, .trustedPerson])
        #expect(try client.get("/caseload").status == 200)
        #expect(try client.get("/alongside").status == 200)
        #expect(try client.get("/admin/users").status == 403)
    }
}
