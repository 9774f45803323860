import Domain
import Foundation
import Testing
@testable import App

/// Coordinators review a consent in one step: renew it as it stands (a new consent with the
/// same recipient and kinds of information, the old one kept as history) or change it on the
/// normal consent form, pre-filled. Expired consents offer renewal, never withdrawal.
@Suite struct ConsentRenewalTests {
    @Test func renewingAsItStandsRestoresSharingAndKeepsTheOldConsent() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let (samClient, sam) = try test.signedInTrustedPerson()
        try test.link(person, sam, role: .primary)
        try test.story(person, .housing, "HOUSING-WORDS")
        let old = try test.expiredConsent(person, to: .trustedPerson(sam), [.housing, .plan])
        #expect(!(try samClient.get("/people/\(person)").contains("HOUSING-WORDS")))

        let coordinator = try test.signedIn([.coordinator])
        let form = try coordinator.get("/people/\(person)/consents/\(old)/renew")
        #expect(form.status == 200)
        #expect(form.contains("value=\"\(LondonTime.today(test.now).typedText)\""))
        let renewed = try coordinator.post(
            "/people/\(person)/consents/\(old)/renew", [("given_on", LondonTime.today(test.now).iso), ("how", "phone"), ("review_by", "")])
        #expect(renewed.status == 303)
        let consents = try test.consents(person).filter { $0.grant.recipient == .trustedPerson(sam) }
        #expect(consents.count == 2)
        let new = try #require(consents.first)
        #expect(new.renews == old && new.channel == .phone && new.method == .verbal)
        #expect(new.grant.categories == [.housing, .plan] && new.purpose == "Support with housing")
        #expect(new.grant.reviewBy == ConsentPolicy.defaultReviewDate(givenOn: LondonTime.today(test.now)))
        #expect(consents.last?.grant.replacedBy == new.grant.id)
        #expect(try samClient.get("/people/\(person)").contains("HOUSING-WORDS"))
        let record = try coordinator.get("/people/\(person)")
        #expect(record.contains("On the phone"))
        #expect(record.contains("Renewed or changed since"))
    }

    @Test func aBadRenewalSaysWhyBesideTheFieldAndStoresNothing() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let old = try test.expiredConsent(person, to: .coordinationTeam, [.story])
        let coordinator = try test.signedIn([.coordinator])
        let before = try test.count("SELECT count(*) FROM consents")
        let future = LondonTime.today(test.now).adding(days: 3).iso
        coordinator.lastCSRFToken = try coordinator.get("/people/\(person)/consents/\(old)/renew").csrfToken
        let refused = try coordinator.post(
            "/people/\(person)/consents/\(old)/renew", [("given_on", future), ("how", "carrier-pigeon"), ("review_by", "2020-01-01")])
        #expect(refused.status == 422)
        #expect(refused.contains("id=\"given_on-error\""))
        #expect(refused.contains("id=\"how-error\""))
        #expect(refused.contains("value=\"\(future)\""))
        #expect(try test.count("SELECT count(*) FROM consents") == before)
        let early = try coordinator.post(
            "/people/\(person)/consents/\(old)/renew", [("given_on", "2025-01-01"), ("how", "written"), ("review_by", "2027-01-01")])
        #expect(early.status == 422)
        #expect(early.contains("cannot be before they first agreed"))
        #expect(try test.count("SELECT count(*) FROM consents") == before)
    }

    @Test func aConsentIsRenewedOnceAndAWithdrawnOneNever() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let old = try test.expiredConsent(person, to: .coordinationTeam, [.story])
        let coordinator = try test.signedIn([.coordinator])
        let fields = [("given_on", LondonTime.today(test.now).iso), ("how", "in-person"), ("review_by", "")]
        coordinator.lastCSRFToken = try coordinator.get("/people/\(person)/consents/\(old)/renew").csrfToken
        #expect(try coordinator.post("/people/\(person)/consents/\(old)/renew", fields).status == 303)
        #expect(try coordinator.post("/people/\(person)/consents/\(old)/renew", fields).status == 404)
        #expect(try coordinator.get("/people/\(person)/consents/\(old)/change").status == 404)
        let withdrawn = try test.consent(person, to: .coordinationTeam, [.plan])
        try test.pool.write { db in
            try ConsentStore.withdraw(withdrawn, individualID: person, on: TestApp.referralDate, how: "on-their-word", by: nil, now: test.now, db)
        }
        #expect(try coordinator.get("/people/\(person)/consents/\(withdrawn)/renew").status == 404)
    }

    @Test func anotherPersonsConsentCannotBeRenewedThroughThisRecord() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let alex = try test.refer("Alex")
        let alexs = try test.expiredConsent(alex, to: .coordinationTeam, [.story])
        let coordinator = try test.signedIn([.coordinator])
        #expect(try coordinator.get("/people/\(robin)/consents/\(alexs)/renew").status == 404)
        coordinator.lastCSRFToken = try coordinator.get("/people/\(robin)").csrfToken
        let refused = try coordinator.post(
            "/people/\(robin)/consents/\(alexs)/renew", [("given_on", LondonTime.today(test.now).iso), ("how", "phone"), ("review_by", "")])
        #expect(refused.status == 404)
        #expect(try test.consents(alex).count == 2)
    }

    @Test func changingStartsFromTheCurrentConsentAndReplacesIt() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let sam = try test.createTrustedPerson("Sam Carter")
        try test.link(person, sam)
        let old = try test.expiredConsent(person, to: .trustedPerson(sam), [.housing, .plan])
        let coordinator = try test.signedIn([.coordinator])
        let form = try coordinator.get("/people/\(person)/consents/\(old)/change")
        #expect(form.status == 200)
        #expect(form.contains("<option value=\"trusted-person:\(sam)\" selected>"))
        #expect(form.contains("id=\"category-housing\" name=\"categories\" value=\"housing\" checked"))
        #expect(!form.contains("id=\"category-health\" name=\"categories\" value=\"health\" checked"))
        #expect(form.contains("name=\"renews\" value=\"\(old)\""))
        #expect(form.contains("value=\"Support with housing\""))
        let today = LondonTime.today(test.now).iso
        let changed = try coordinator.post("/people/\(person)/consents", [
            ("recipient", "trusted-person:\(sam)"), ("categories", "housing"), ("purpose", "Housing only"), ("how_given", "written"),
            ("given_on", today), ("review_by", ""), ("renews", String(old)),
        ])
        #expect(changed.status == 303)
        let consents = try test.consents(person).filter { $0.grant.recipient == .trustedPerson(sam) }
        #expect(consents.first?.renews == old && consents.first?.grant.categories == [.housing])
        #expect(consents.last?.grant.replacedBy == consents.first?.grant.id)
    }

    @Test func aChangeOfAConsentAlreadyReplacedIsRefusedAndNothingStored() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let old = try test.expiredConsent(person, to: .coordinationTeam, [.story])
        let coordinator = try test.signedIn([.coordinator])
        let today = LondonTime.today(test.now).iso
        coordinator.lastCSRFToken = try coordinator.get("/people/\(person)/consents/\(old)/change").csrfToken
        let change = [
            ("recipient", "coordination-team"), ("categories", "story"), ("purpose", "Coordination"), ("how_given", "verbal"),
            ("given_on", today), ("review_by", ""), ("renews", String(old)),
        ]
        #expect(try coordinator.post("/people/\(person)/consents", change).status == 303)
        let count = try test.count("SELECT count(*) FROM consents")
        let again = try coordinator.post("/people/\(person)/consents", change)
        #expect(again.status == 422)
        #expect(again.contains("already been renewed, changed or withdrawn"))
        #expect(again.contains("value=\"Coordination\""))
        #expect(try test.count("SELECT count(*) FROM consents") == count)
    }

    @Test func anExpiredConsentOffersRenewalNeverWithdrawal() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let sam = try test.createTrustedPerson("Sam Carter")
        try test.link(person, sam)
        let expired = try test.expiredConsent(person, to: .trustedPerson(sam), [.housing])
        let coordinator = try test.signedIn([.coordinator])
        let record = try coordinator.get("/people/\(person)")
        #expect(record.contains("/people/\(person)/consents/\(expired)/renew"))
        #expect(record.contains("/people/\(person)/consents/\(expired)/change"))
        #expect(!record.contains("/people/\(person)/consents/\(expired)/withdraw"))
        #expect(record.contains("Expired: review was due 1 Jun 2026"))
        let caseload = try coordinator.get("/caseload")
        #expect(caseload.contains("href=\"/people/\(person)/consents/\(expired)/renew\""))
    }

    @Test func onlyCoordinatorsReviewConsents() throws {
        let test = try TestApp()
        let person = try test.refer("Robin")
        let (samClient, sam) = try test.signedInTrustedPerson()
        try test.link(person, sam, role: .primary)
        let expired = try test.expiredConsent(person, to: .trustedPerson(sam), [.housing])
        #expect(try samClient.get("/people/\(person)/consents/\(expired)/renew").status == 403)
        #expect(try samClient.get("/people/\(person)/consents/\(expired)/change").status == 403)
        samClient.lastCSRFToken = try samClient.get("/alongside").csrfToken
        let refused = try samClient.post(
            "/people/\(person)/consents/\(expired)/renew", [("given_on", LondonTime.today(test.now).iso), ("how", "phone"), ("review_by", "")])
        #expect(refused.status == 403)
        #expect(try test.consents(person).count == 2)
    }
}
