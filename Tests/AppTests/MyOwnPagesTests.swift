import Domain
import Foundation
import Testing
@testable import App

/// The person speaks on their own pages: adds to their story and plan in their own words
/// (marked as theirs, there and on their record), confirms or questions someone in their
/// circle (a question reaches the coordinators), and sees what is due. Only ever their own
/// record: another person's ids are refused and nothing is stored.
@Suite struct MyOwnPagesTests {
    @Test func theirStoryEntryIsMarkedAsTheirsHereAndOnTheRecord() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let me = try test.signedInAsThePerson(robin)
        me.lastCSRFToken = try me.get("/me/story").csrfToken
        let saved = try me.post("/me/story", [("body", "I want to be near my daughter.")])
        #expect(saved.status == 303)
        let story = try me.get("/me/story")
        #expect(story.contains("I want to be near my daughter."))
        #expect(story.contains("You wrote this"))
        let coordinator = try test.signedIn([.coordinator])
        let record = try coordinator.get("/people/\(robin)")
        #expect(record.contains("I want to be near my daughter."))
        #expect(record.contains("Written by Robin themselves"))
        #expect(try test.count("SELECT count(*) FROM story_entries WHERE by_the_person = 1 AND category = 'story'") == 1)
    }

    @Test func anEmptyOrOverlongStoryEntryIsRefusedBesideTheField() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let me = try test.signedInAsThePerson(robin)
        me.lastCSRFToken = try me.get("/me/story").csrfToken
        let empty = try me.post("/me/story", [("body", "   ")])
        #expect(empty.status == 422)
        #expect(empty.contains("id=\"body-error\""))
        let long = String(repeating: "a", count: 10_001)
        let overlong = try me.post("/me/story", [("body", long)])
        #expect(overlong.status == 422)
        #expect(overlong.contains(long))
        #expect(try test.count("SELECT count(*) FROM story_entries") == 0)
    }

    @Test func theyAddAGoalAndAStepToTheirPlan() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let me = try test.signedInAsThePerson(robin)
        me.lastCSRFToken = try me.get("/me/plan").csrfToken
        #expect(try me.post("/me/plan", [("goal", "Get my own flat"), ("step", "Ring the council"), ("who", "")]).status == 303)
        let goal: Int64 = try test.pool.read { db in try db.scalar("SELECT id FROM plan_goals WHERE individual_id = ?", robin) ?? 0 }
        #expect(try me.post("/me/plan", [("goal_id", String(goal)), ("step", "Visit the flat"), ("who", "Me and Sam")]).status == 303)
        let plan = try me.get("/me/plan")
        #expect(plan.contains("Get my own flat") && plan.contains("Ring the council") && plan.contains("Me and Sam"))
        #expect(plan.contains("You wrote this"))
        #expect(try test.count("SELECT count(*) FROM plan_steps WHERE by_the_person = 1 AND who = 'Me'") == 1)
        let record = try test.signedIn([.coordinator]).get("/people/\(robin)")
        #expect(record.contains("Written by Robin themselves"))
    }

    @Test func aStepOnAnotherPersonsGoalIsRefusedAndNothingStored() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let alex = try test.refer("Alex")
        let alexsGoal = try test.pool.write { db in try PlanStore.addGoal(individualID: alex, goal: "ALEX-GOAL", by: nil, now: test.now, db) }
        let me = try test.signedInAsThePerson(robin)
        me.lastCSRFToken = try me.get("/me/plan").csrfToken
        let refused = try me.post("/me/plan", [("goal_id", String(alexsGoal)), ("step", "Sneak in"), ("who", "")])
        #expect(refused.status == 422)
        #expect(refused.contains("class=\"field-error\" id=\"goal_id\""))
        #expect(refused.contains("value=\"Sneak in\""))
        #expect(!refused.contains("ALEX-GOAL"))
        let empty = try me.post("/me/plan", [("goal", ""), ("step", ""), ("who", "")])
        #expect(empty.status == 422 && empty.contains("id=\"goal-error\""))
        #expect(try test.count("SELECT count(*) FROM plan_steps") == 0)
        #expect(try test.count("SELECT count(*) FROM plan_goals") == 1)
    }

    @Test func theyConfirmSomeoneInTheirCircle() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let sam = try test.createTrustedPerson("Sam Carter")
        let link = try test.pool.write { db in
            try TrustLinkStore.add(
                NewTrustLink(trustedPersonID: sam, role: .primary, status: .active, confirmed: false, howItCameAbout: "", individualsWords: "",
                             introducedBy: nil, startedOn: TestApp.referralDate), individualID: robin, by: nil, now: test.now, db)
        }
        let me = try test.signedInAsThePerson(robin)
        let circle = try me.get("/me/circle")
        #expect(circle.contains("Yes, I trust Sam Carter"))
        #expect(try me.post("/me/circle/\(link)/confirm").status == 303)
        #expect(try test.links(robin).first?.confirmed == true)
        #expect(try me.get("/me/circle").contains("You said you trust them."))
    }

    @Test func anotherPersonsLinkCanBeNeitherConfirmedNorQuestioned() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let alex = try test.refer("Alex")
        let alexsLink = try test.pool.write { db in
            try TrustLinkStore.add(
                NewTrustLink(trustedPersonID: try TrustedPersonStore.create(name: "Jordan Secret", kind: .person, organisationID: nil, paid: .paid, userID: nil, now: test.now, db),
                             role: .primary, status: .active, confirmed: false, howItCameAbout: "", individualsWords: "", introducedBy: nil,
                             startedOn: TestApp.referralDate), individualID: alex, by: nil, now: test.now, db)
        }
        let me = try test.signedInAsThePerson(robin)
        me.lastCSRFToken = try me.get("/me/circle").csrfToken
        #expect(try me.post("/me/circle/\(alexsLink)/confirm").status == 404)
        let page = try me.get("/me/circle/\(alexsLink)/question")
        #expect(page.status == 404 && !page.contains("Jordan Secret"))
        #expect(try me.post("/me/circle/\(alexsLink)/question", [("words", "x")]).status == 404)
        #expect(try test.links(alex).first?.confirmed == false)
        #expect(try test.count("SELECT count(*) FROM circle_questions") == 0)
    }

    @Test func aQuestionReachesTheCoordinatorsWithTheirWords() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let (samClient, sam) = try test.signedInTrustedPerson()
        let link = try test.link(robin, sam, role: .primary)
        let me = try test.signedInAsThePerson(robin)
        let form = try me.get("/me/circle/\(link)/question")
        #expect(form.status == 200 && form.contains("A question about Sam"))
        me.lastCSRFToken = form.csrfToken
        let long = try me.post("/me/circle/\(link)/question", [("words", String(repeating: "b", count: 1001))])
        #expect(long.status == 422 && long.contains("id=\"words-error\""))
        #expect(try test.count("SELECT count(*) FROM circle_questions") == 0)
        #expect(try me.post("/me/circle/\(link)/question", [("words", "He shouts at me")]).status == 303)
        #expect(try me.get("/me/circle").contains("You asked a question about them"))

        let coordinator = try test.signedIn([.coordinator])
        let caseload = try coordinator.get("/caseload")
        #expect(caseload.contains("Questions from people about their circle"))
        #expect(caseload.contains("has a question about Sam"))
        #expect(!caseload.contains("He shouts at me"))
        #expect(try coordinator.get("/people/\(robin)").contains("href=\"/people/\(robin)/questions\""))
        let questions = try coordinator.get("/people/\(robin)/questions")
        #expect(questions.contains("He shouts at me"))
        #expect(try samClient.get("/people/\(robin)/questions").status == 403)
        #expect(!(try samClient.get("/people/\(robin)").contains("He shouts at me")))

        let question: Int64 = try test.pool.read { db in try db.scalar("SELECT id FROM circle_questions") ?? 0 }
        coordinator.lastCSRFToken = questions.csrfToken
        let unanswered = try coordinator.post("/people/\(robin)/questions/\(question)/answer", [("answer", "")])
        #expect(unanswered.status == 422 && unanswered.contains("id=\"answer-error\""))
        #expect(try test.count("SELECT count(*) FROM circle_questions WHERE answered_at IS NULL") == 1)
        #expect(try coordinator.post("/people/\(robin)/questions/\(question)/answer", [("answer", "We talked and ended the link")]).status == 303)
        #expect(!(try coordinator.get("/caseload").contains("has a question about Sam")))
        #expect(try me.get("/me/circle").contains("We talked and ended the link"))
    }

    @Test func theirHomeSaysWhatIsDue() throws {
        let test = try TestApp()
        let (robin, _, expired, me) = try test.personWithAnExpiredConsent()
        let home = try me.get("/me")
        #expect(home.contains("<a href=\"/me/sharing/\(expired)/renew\">Agree again</a>"))
        #expect(home.contains("Things to look at"))
        #expect(home.contains("Your agreement to share with Sam Carter ended on 1 Jun 2026"))
        #expect(home.contains("look at your Outcomes Star again"))
        #expect(home.contains("a few short questions about your support"))
        try test.addStar(robin, every: 5, on: LondonTime.today(test.now))
        #expect(!(try me.get("/me").contains("look at your Outcomes Star again")))
    }

    @Test func whoHasLookedSpeaksToThePerson() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/caseload")
        let me = try test.signedInAsThePerson(robin)
        let looked = try me.get("/me/looked")
        #expect(looked.contains("Only your name and reference"))
        #expect(!looked.contains("their summary only"))
    }
}
