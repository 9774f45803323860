import Domain
import Foundation
import Testing
@testable import App

/// The seams where consent used to leak: the record's summary and the progress page's service
/// use, each field checked against the categories the reader may see, and the access log naming
/// exactly the categories a page opened.
@Suite struct ConsentSeamsTests {
    /// A person whose every summary field and unsafe marking carries a unique marker.
    static func markedPerson(_ test: TestApp) throws -> Int64 {
        let id = try test.refer("Robin", disadvantages: Set(Disadvantage.allCases))
        try test.pool.write { db in
            try db.execute(
                """
                UPDATE individuals SET legal_name = 'LEGALNAME-MARK', date_of_birth = '1981-07-19',
                    referral_source = 'REFSOURCE-MARK', eligibility_exception = NULL WHERE id = ?
                """, id)
        }
        let kyle = try test.createTrustedPerson("Ex-partner Kyle")
        try test.pool.write { db in
            try TrustLinkStore.markUnsafe(individualID: id, trustedPersonID: kyle, reason: "UNSAFE-REASON-MARK", by: nil, now: test.now, today: TestApp.referralDate, db)
        }
        return id
    }

    static func latestLogCategories(_ test: TestApp, _ person: Int64) throws -> String {
        try test.app.services.accessLog.pool.read { db in
            try db.scalar("SELECT categories FROM access_log WHERE individual_id = ? ORDER BY id DESC LIMIT 1", person) ?? "none"
        }
    }

    @Test func aLinkedTrustedPersonWithoutConsentSeesOnlyWhomTheyAreDealingWith() throws {
        let test = try TestApp()
        let person = try Self.markedPerson(test)
        let (client, me) = try test.signedInTrustedPerson()
        try test.link(person, me, role: .primary)
        let page = try client.get("/people/\(person)")
        #expect(page.status == 200)
        #expect(page.contains("Robin") && page.contains("Fenland"))
        for marker in ["LEGALNAME-MARK", "19 Jul 1981", "REFSOURCE-MARK", "UNSAFE-REASON-MARK", "Ex-partner Kyle", "recorded 5 Jan 2026",
                       "of the 5", "Coordinating support"] {
            #expect(!page.contains(marker), "\(marker) shown without consent")
        }
        #expect(page.contains("not shared with you"))
        #expect(try Self.latestLogCategories(test, person) == "")
    }

    @Test func eachSummaryFieldAppearsWithItsOwnCategoryAndIsLoggedAsRead() throws {
        let cases: [(Set<InformationCategory>, [String], [String])] = [
            ([.contactDetails], ["LEGALNAME-MARK", "19 Jul 1981"], ["REFSOURCE-MARK", "UNSAFE-REASON-MARK"]),
            ([.notes], ["REFSOURCE-MARK", "Referred"], ["LEGALNAME-MARK", "UNSAFE-REASON-MARK"]),
            ([.safety], ["UNSAFE-REASON-MARK", "Domestic abuse: recorded 5 Jan 2026"], ["LEGALNAME-MARK", "Homelessness: recorded"]),
            ([.housing], ["Homelessness: recorded 5 Jan 2026"], ["Offending: recorded", "UNSAFE-REASON-MARK"]),
        ]
        for (categories, shown, hidden) in cases {
            let test = try TestApp()
            let person = try Self.markedPerson(test)
            let (client, me) = try test.signedInTrustedPerson()
            try test.link(person, me, role: .primary)
            try test.consent(person, to: .trustedPerson(me), categories)
            let page = try client.get("/people/\(person)")
            for marker in shown { #expect(page.contains(marker), "\(marker) hidden with \(categories)") }
            for marker in hidden { #expect(!page.contains(marker), "\(marker) shown with \(categories)") }
            #expect(try Self.latestLogCategories(test, person) == categories.map(\.rawValue).sorted().joined(separator: ","))
        }
    }

    @Test func aCoordinatorLosesTheSummaryWhenTheCoordinationConsentIsWithdrawn() throws {
        let test = try TestApp()
        let person = try Self.markedPerson(test)
        let coordinator = try test.signedIn([.coordinator])
        #expect(try coordinator.get("/people/\(person)").contains("REFSOURCE-MARK"))
        try test.pool.write { db in
            for consent in try ConsentStore.all(person, db) {
                try ConsentStore.withdraw(consent.grant.id, individualID: person, on: TestApp.referralDate, how: "by-the-person", by: nil, now: test.now, db)
            }
        }
        let page = try coordinator.get("/people/\(person)")
        for marker in ["LEGALNAME-MARK", "REFSOURCE-MARK", "UNSAFE-REASON-MARK", "19 Jul 1981"] {
            #expect(!page.contains(marker), "\(marker) shown after withdrawal")
        }
        let edit = try coordinator.get("/people/\(person)/edit")
        #expect(edit.status == 400)
        #expect(!edit.contains("LEGALNAME-MARK"))
    }

    @Test func theEditFormIsLoggedWithEveryCategoryItShows() throws {
        let test = try TestApp()
        let person = try Self.markedPerson(test)
        let coordinator = try test.signedIn([.coordinator])
        let edit = try coordinator.get("/people/\(person)/edit")
        #expect(edit.status == 200 && edit.contains("LEGALNAME-MARK"))
        let logged = Set(try Self.latestLogCategories(test, person).split(separator: ",").map(String.init))
        #expect(logged == PeoplePages.detailCategories.map(\.rawValue).reduce(into: Set<String>()) { $0.insert($1) })
    }

    @Test func serviceUseIsReleasedKindByKindUnderItsOwnCategory() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        try test.pool.write { db in
            try QuarterRecordStore.saveServiceUse(
                ServiceUseRecord(quarter: 1, counts: [.prisonNights: 17, .arrests: 3, .section136: 2, .mentalHealthAdmissions: 4, .aeAttendances: 6, .evictions: 1]),
                individualID: person, by: nil, now: test.now, db)
        }
        let (client, me) = try test.signedInTrustedPerson()
        try test.link(person, me, role: .primary)
        let consent = try test.consent(person, to: .trustedPerson(me), [.assessments])
        let assessmentsOnly = try client.get("/people/\(person)/progress")
        for kind in ServiceUseKind.allCases { #expect(!assessmentsOnly.contains(kind.title), "\(kind) shown under assessments") }
        try test.pool.write { db in
            try ConsentStore.withdraw(consent, individualID: person, on: TestApp.referralDate, how: "by-the-person", by: nil, now: test.now, db)
        }
        try test.consent(person, to: .trustedPerson(me), [.health])
        let health = try client.get("/people/\(person)/progress")
        #expect(health.contains("Mental health admissions") && health.contains("A&amp;E attendances"))
        for kind in [ServiceUseKind.prisonNights, .arrests, .section136, .evictions] {
            #expect(!health.contains(kind.title), "\(kind) shown under health")
        }
        #expect(try Self.latestLogCategories(test, person) == "health")
    }

    @Test func oneRequestWritesOneAccessLogEntry() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let coordinator = try test.signedIn([.coordinator])
        let before = try test.countLog("SELECT count(*) FROM access_log WHERE individual_id = \(person)")
        try coordinator.get("/people/\(person)/story/new")
        try coordinator.get("/people/\(person)/plan/new")
        #expect(try test.countLog("SELECT count(*) FROM access_log WHERE individual_id = \(person)") == before + 2)
    }
}
