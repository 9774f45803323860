import Domain
import Foundation
import Testing
@testable import App

/// "People I walk alongside" cards (issue 15): reference, case status, last contact, next
/// step and anything due, each only as far as the person shares it with the trusted person.
@Suite struct AlongsideCardTests {
    /// The card of `person` on the page, from its opening tag to its end.
    private func card(_ page: TestResponse, _ person: Int64) throws -> Substring {
        let start = try #require(page.body.firstRange(of: "id=\"person-\(person)\""))
        let rest = page.body[start.upperBound...]
        let end = rest.firstRange(of: "<li class=\"person-card")?.lowerBound ?? rest.firstRange(of: "id=\"requests\"")?.lowerBound ?? rest.endIndex
        return page.body[start.lowerBound..<end]
    }

    /// A person Sam walks alongside, with a contact (notes), a plan step and no assessment yet.
    private func robin(_ test: TestApp, _ sam: Int64) throws -> Int64 {
        let person = try test.refer("Robin")
        try test.link(person, sam, role: .primary)
        try test.pool.write { db in
            try ContactStore.addContact(
                individualID: person, on: CalendarDate(iso: "2026-02-02")!, kind: .phone, trustedPersonID: nil, servicesInvolved: "",
                category: .notes, note: "Checked in", by: nil, now: test.now, db)
            let goal = try PlanStore.addGoal(individualID: person, goal: "A home", by: nil, now: test.now, db)
            try PlanStore.addStep(goalID: goal, individualID: person, step: "Call housing", who: "Sam", dueOn: CalendarDate(iso: "2026-12-01"), by: nil, now: test.now, db)
        }
        return person
    }

    @Test func withConsentTheCardShowsReferenceStatusLastContactNextStepAndWhatIsDue() throws {
        let test = try TestApp()
        let (client, sam) = try test.signedInTrustedPerson()
        let person = try robin(test, sam)
        try test.consent(person, to: .trustedPerson(sam), [.notes, .plan, .assessments])
        let page = try client.get("/alongside")
        let card = try card(page, person)
        let ref = try test.pool.read { db in try #require(try IndividualStore.find(id: person, db)).ref }
        #expect(card.contains("<span class=\"ref\">\(ref)</span>"))
        #expect(card.contains("<span class=\"status status-open\">Open</span> · you are their primary trusted person"))
        #expect(card.contains("<time datetime=\"2026-02-02\">2 Feb 2026</time>"))
        #expect(card.contains("Call housing (Sam, by 1 Dec 2026)"))
        #expect(card.contains("NDT: No assessment yet"))
        #expect(card.contains("Experience survey due"))
        #expect(card.contains("<a href=\"/people/\(person)/contacts/new\">Record a contact"))
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE reason = 'Listed on People I walk alongside' AND categories LIKE '%assessments%'") == 1)
    }

    @Test func withoutConsentTheCardSaysOnlyWhomAndNothingConsentKeeps() throws {
        let test = try TestApp()
        let (client, sam) = try test.signedInTrustedPerson()
        let person = try robin(test, sam)
        let page = try client.get("/alongside")
        let card = try card(page, person)
        #expect(card.contains("Robin"))
        #expect(card.contains("status-open"))
        #expect(card.contains("none shared with you yet"))
        #expect(card.contains("the plan is not shared with you"))
        #expect(!card.contains("2 Feb 2026") && !card.contains("Call housing"))
        #expect(!card.contains("NDT:") && !card.contains("Outcomes Star:"), "whether an assessment is due is kept with the assessments")
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE reason = 'Listed on People I walk alongside' AND categories != ''") == 0)
    }

    @Test func aClosedCaseLooksClosedAndOffersNoContact() throws {
        let test = try TestApp()
        let (client, sam) = try test.signedInTrustedPerson()
        let person = try robin(test, sam)
        try test.pool.write { db in
            try IndividualStore.changeStatus(person, to: .closed, on: TestApp.referralDate.adding(days: 30), reason: .noLongerNeedsSupport, note: "", by: nil, now: test.now, db)
        }
        let card = try card(try client.get("/alongside"), person)
        #expect(try client.get("/alongside").contains("<li class=\"person-card case-closed\" id=\"person-\(person)\">"))
        #expect(card.contains("Case closed"))
        #expect(!card.contains("Record a contact"))
        #expect(!card.contains("Experience survey due"))
    }

    @Test func theirOwnConsentsReviewShowsAheadAndOnceItHasPassed() throws {
        let test = try TestApp()
        let (client, sam) = try test.signedInTrustedPerson()
        let person = try robin(test, sam)
        let today = LondonTime.today(test.now)
        let record = { (person: Int64, recipient: ConsentRecipient, reviewBy: CalendarDate) in
            _ = try test.pool.write { db in
                try ConsentStore.record(
                    individualID: person, recipient: recipient, categories: [.notes], purpose: "Support", method: .verbal,
                    givenOn: today.adding(days: -300), reviewBy: reviewBy, by: nil, now: test.now, db)
            }
        }
        try record(person, .coordinationTeam, today.adding(days: 3))
        #expect(!(try card(try client.get("/alongside"), person)).contains("Consent review"), "another recipient's consent is not theirs to see")
        try record(person, .trustedPerson(sam), today.adding(days: 20))
        let dueSoon = try card(try client.get("/alongside"), person)
        #expect(dueSoon.contains("Consent review due by \(today.adding(days: 20).display)."))
        #expect(dueSoon.contains("2 Feb 2026"), "still shared until the review date")
        let ash = try robin(test, sam)
        try record(ash, .trustedPerson(sam), today.adding(days: -1))
        let expired = try card(try client.get("/alongside"), ash)
        #expect(expired.contains("Consent review overdue since \(today.adding(days: -1).display)"))
        #expect(!expired.contains("2 Feb 2026"), "an expired consent shares nothing")
    }
}
