import Domain
import Foundation
import Testing
@testable import App

@Suite struct ReferralTests {
    let referral = [
        ("preferred_name", "Jo"), ("legal_name", "Joanne Fairbairn"), ("date_of_birth", "1988-04-02"),
        ("district", "peterborough"), ("cohort_group", "known-not-connected"), ("referral_source", "Street outreach"),
        ("referred_on", "2026-11-02"), ("homelessness", "on"), ("substance_misuse", "on"), ("offending", "on"),
        ("offending_on", "2026-10-15"),
    ]

    @Test func aCoordinatorRefersSomeoneAndGetsANewReference() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/new")
        let response = try coordinator.post("/people", referral)
        #expect(response.status == 303)
        let path = try #require(response.location?.split(separator: "?").first.map(String.init))
        let page = try coordinator.get(path)
        #expect(page.status == 200)
        #expect(page.contains("CF-0001"))
        #expect(page.contains("Eligible: 3 of 5 disadvantages"))
        #expect(page.contains("Peterborough"))
        #expect(page.contains("Offending: recorded 15 Oct 2026"))
        #expect(try test.count("SELECT count(*) FROM individual_status_events WHERE status = 'referred'") == 1)
    }

    @Test func referencesAreNeverReusedAndSkipImportedNumbers() throws {
        let test = try TestApp()
        try test.pool.write { db in
            try db.execute("INSERT INTO individuals (ref, preferred_name, district, cohort_group, status, referred_on, created_at, updated_at) VALUES ('CF-0041', 'Imported', 'fenland', 'not-known', 'referred', '2025-01-01', ?, ?)", test.now, test.now)
        }
        let first = try test.refer("A")
        let second = try test.refer("B")
        let refs = try test.pool.read { db in [try IndividualStore.find(id: first, db)!.ref, try IndividualStore.find(id: second, db)!.ref] }
        #expect(refs == ["CF-0042", "CF-0043"])
    }

    @Test func badReferralsAreExplainedKeptAndNotStored() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        try coordinator.get("/people/new")
        let response = try coordinator.post("/people", [
            ("preferred_name", ""), ("legal_name", "Kept <Name>"), ("district", "norfolk"), ("referred_on", "2099-01-01"),
            ("homelessness", "on"), ("homelessness_on", "last week"),
        ])
        #expect(response.status == 422)
        #expect(response.contains("Enter the name the person likes to be called."))
        #expect(response.contains("Choose the district the person lives in."))
        #expect(response.contains("Choose how the person relates to services."))
        #expect(response.contains("The date cannot be in the future."))
        #expect(response.contains(DateRules.formatMessage))
        #expect(response.contains("value=\"Kept &lt;Name&gt;\""))
        #expect(try test.count("SELECT count(*) FROM individuals") == 0)
    }

    @Test func theCaseMovesThroughItsStatusesAndKeepsItsHistory() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let id = try test.refer("Robin", open: false)
        try coordinator.get("/people/\(id)")
        #expect(try coordinator.post("/people/\(id)/status", [("to_status", "open"), ("on", "2026-02-01")]).status == 303)
        let closing = try coordinator.post("/people/\(id)/status", [("to_status", "closed"), ("on", "2026-03-01")])
        #expect(closing.status == 422)
        #expect(closing.contains("Choose why the case is closing."))
        #expect(try coordinator.post("/people/\(id)/status", [("to_status", "closed"), ("on", "2026-03-01"), ("closure_reason", "moved-out-of-area"), ("confirm", "yes")]).status == 303)
        #expect(try coordinator.post("/people/\(id)/status", [("to_status", "open"), ("on", "2026-04-01"), ("note", "Came back to the area")]).status == 303)
        let person = try #require(try test.pool.read { db in try IndividualStore.find(id: id, db) })
        #expect(person.status == .open)
        #expect(person.openedOn?.iso == "2026-02-01")
        #expect(person.closedOn == nil)
        #expect(try test.count("SELECT count(*) FROM individual_status_events WHERE individual_id = \(id)") == 4)
        #expect(try coordinator.get("/people/\(id)").contains("Came back to the area"))
    }

    @Test func aStatusChangeThatIsNotAllowedIsExplained() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let id = try test.refer("Robin", open: false)
        try coordinator.get("/people/\(id)")
        let response = try coordinator.post("/people/\(id)/status", [("to_status", "closed"), ("on", "2026-03-01"), ("closure_reason", "other")])
        #expect(response.status == 422)
        #expect(response.contains("A referred case cannot be made closed."))
        let unchosen = try coordinator.post("/people/\(id)/status", [("on", "2026-02-01")])
        #expect(unchosen.status == 422)
        #expect(unchosen.contains("Choose the new status."))
        let early = try coordinator.post("/people/\(id)/status", [("to_status", "open"), ("on", "2025-12-31")])
        #expect(early.contains("The date cannot be before the referral"))
        #expect(try test.count("SELECT count(*) FROM individuals WHERE status = 'referred'") == 1)
    }

    @Test func anEligibilityExceptionIsRecordedWithItsReason() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let id = try test.refer("Robin", disadvantages: [.homelessness])
        #expect(try coordinator.get("/people/\(id)").contains("Not eligible yet: 1 of 5"))
        try coordinator.post("/people/\(id)/eligibility", [("exception_reason", "Agreed at panel: rising risk")])
        #expect(try coordinator.get("/people/\(id)").contains("Eligible by exception (1 of 5): Agreed at panel: rising risk"))
    }
}

@Suite struct CaseloadTests {
    @Test func filtersCountsAndSearches() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        let alex = try test.refer("Alex Fenwick", district: .fenland)
        try test.refer("Bea Peters", district: .peterborough)
        let cal = try test.refer("Cal Peters", district: .peterborough)
        try test.link(alex, try test.createTrustedPerson("Sam"), role: .primary)
        try test.pool.write { db in
            let me = try TrustedPersonStore.create(name: "Coordinator", kind: .person, organisationID: nil, paid: .paid, userID: nil, now: test.now, db)
            try TrustLinkStore.add(NewTrustLink(trustedPersonID: me, role: .interim, status: .active, confirmed: false, howItCameAbout: "", individualsWords: "", introducedBy: nil, startedOn: TestApp.referralDate), individualID: cal, by: nil, now: test.now, db)
        }
        let everyone = try coordinator.get("/caseload")
        #expect(everyone.contains("Showing 1–3 of 3"))
        #expect(try coordinator.get("/caseload?district=peterborough").contains("Showing 1–2 of 2"))
        let unlinked = try coordinator.get("/caseload?no_trusted_person=1")
        #expect(unlinked.contains("Bea Peters") && unlinked.contains("Cal Peters") && !unlinked.contains("Alex Fenwick"))
        let interim = try coordinator.get("/caseload?interim_only=1")
        #expect(interim.contains("Cal Peters") && !interim.contains("Bea Peters"))
        #expect(try coordinator.get("/caseload?q=peters").contains("Showing 1–2 of 2"))
        #expect(try coordinator.get("/caseload?q=CF-0001").contains("Alex Fenwick"))
        #expect(try coordinator.get("/caseload?q=%25").contains("Showing 0 of 0"))
        #expect(everyone.contains("Interim cover only"))
    }

    @Test func pagesThroughALargeCaseload() throws {
        let test = try TestApp()
        let coordinator = try test.signedIn([.coordinator])
        try test.pool.write { db in
            for index in 0..<120 {
                _ = try IndividualStore.create(
                    Referral(preferredName: "Person \(index)", district: .cambridge, cohortGroup: .notKnown, referredOn: TestApp.referralDate, disadvantages: [:]),
                    consent: .givenVerbally, by: nil, now: test.now, db)
            }
        }
        let first = try coordinator.get("/caseload?sort=reference")
        #expect(first.contains("Showing 1–50 of 120"))
        #expect(first.contains("Page 1 of 3"))
        let third = try coordinator.get("/caseload?sort=reference&page=3")
        #expect(third.contains("Showing 101–120 of 120"))
        #expect(third.contains("CF-0120"))
        #expect(!third.contains("CF-0001<"))
    }
}
