import Domain
import Foundation
import Testing
@testable import App

/// The person gives consent and agrees again on their own page, each through a page that says
/// what will happen and to whom before anything is stored; expired consents offer "Agree
/// again", never "Stop sharing"; only people in their own circle, not marked unsafe, are offered.
@Suite struct MyConsentTests {
    @Test func anExpiredConsentOffersAgreeAgainAndNeverStopSharing() throws {
        let test = try TestApp()
        let (_, _, expired, me) = try test.personWithAnExpiredConsent()
        let sharing = try me.get("/me/sharing")
        #expect(sharing.contains("href=\"/me/sharing/\(expired)/renew\""))
        #expect(!sharing.contains("href=\"/me/sharing/\(expired)/withdraw\""))
        #expect(sharing.contains("Nothing is shared now"))
        #expect(try me.get("/me/sharing/\(expired)/withdraw").status == 404)
    }

    @Test func agreeingAgainAsksFirstThenRenews() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let (samClient, sam) = try test.signedInTrustedPerson()
        try test.link(robin, sam)
        try test.story(robin, .housing, "HOUSING-WORDS")
        let expired = try test.expiredConsent(robin, to: .trustedPerson(sam), [.housing])
        let me = try test.signedInAsThePerson(robin)
        let ask = try me.get("/me/sharing/\(expired)/renew")
        #expect(ask.status == 200)
        #expect(ask.contains("Agree again to share with Sam?"))
        #expect(ask.contains("Sam will be able to see your housing, from today."))
        #expect(try test.consents(robin).count == 2)
        #expect(try me.post("/me/sharing/\(expired)/renew").status == 303)
        #expect(try test.consents(robin).count == 2)
        #expect(try me.post("/me/sharing/\(expired)/renew", [("confirm", "yes")]).status == 303)
        let renewed = try #require(try test.consents(robin).first)
        #expect(renewed.renews == expired && renewed.method == .selfService && renewed.channel == .ownPage)
        #expect(try samClient.get("/people/\(robin)").contains("HOUSING-WORDS"))
        #expect(try me.post("/me/sharing/\(expired)/renew", [("confirm", "yes")]).status == 404)
        let sharing = try me.get("/me/sharing")
        #expect(sharing.contains("href=\"/me/sharing/\(renewed.grant.id)/withdraw\""))
        #expect(sharing.contains("Earlier agreements"))
    }

    @Test func givingConsentAsksFirstThenRecordsIt() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let sam = try test.createTrustedPerson("Sam Carter")
        try test.link(robin, sam)
        let me = try test.signedInAsThePerson(robin)
        let form = try me.get("/me/sharing/new")
        #expect(form.status == 200 && form.contains("<option value=\"\(sam)\">Sam Carter</option>"))
        me.lastCSRFToken = form.csrfToken
        let fields = [("recipient", String(sam)), ("categories", "plan"), ("categories", "housing"), ("words", "So Sam can help")]
        let ask = try me.post("/me/sharing", fields)
        #expect(ask.status == 200)
        #expect(ask.contains("Share with Sam Carter?"))
        #expect(ask.contains("Sam Carter will be able to see your plan, housing, from today."))
        #expect(ask.contains("name=\"confirm\" value=\"yes\""))
        #expect(try test.consents(robin).count == 1)
        #expect(try me.post("/me/sharing", fields + [("confirm", "yes")]).status == 303)
        let given = try #require(try test.consents(robin).first)
        #expect(given.grant.recipient == .trustedPerson(sam) && given.grant.categories == [.plan, .housing])
        #expect(given.words == "So Sam can help" && given.method == .selfService)
    }

    @Test func givingConsentToSomeoneOutsideTheirCircleOrUnsafeIsRefused() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let alex = try test.refer("Alex")
        let stranger = try test.createTrustedPerson("Alexs Worker")
        try test.link(alex, stranger)
        let unsafe = try test.createTrustedPerson("Danger Person")
        try test.link(robin, unsafe)
        try test.pool.write { db in
            try db.execute(
                "INSERT INTO unsafe_markings (individual_id, trusted_person_id, reason, recorded_at) VALUES (?, ?, 'Safeguarding concern', ?)",
                robin, unsafe, test.now)
        }
        let me = try test.signedInAsThePerson(robin)
        let form = try me.get("/me/sharing/new")
        #expect(!form.contains("Alexs Worker") && !form.contains("Danger Person"))
        me.lastCSRFToken = form.csrfToken
        for recipient in [stranger, unsafe] {
            let refused = try me.post("/me/sharing", [("recipient", String(recipient)), ("categories", "story"), ("confirm", "yes")])
            #expect(refused.status == 422)
            #expect(refused.contains("id=\"recipient-error\""))
        }
        let none = try me.post("/me/sharing", [("recipient", ""), ("words", "kept words")])
        #expect(none.status == 422 && none.contains("id=\"categories-error\"") && none.contains("kept words"))
        #expect(try test.consents(robin).count == 1)
    }

    @Test func anotherPersonsConsentIsNeverShownOrRenewed() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let alex = try test.refer("Alex")
        let alexsWorker = try test.createTrustedPerson("Alexs Worker")
        let alexs = try test.expiredConsent(alex, to: .trustedPerson(alexsWorker), [.health])
        let me = try test.signedInAsThePerson(robin)
        #expect(!(try me.get("/me/sharing").contains("Alexs Worker")))
        let ask = try me.get("/me/sharing/\(alexs)/renew")
        #expect(ask.status == 404 && !ask.contains("Alexs Worker"))
        me.lastCSRFToken = try me.get("/me/sharing").csrfToken
        #expect(try me.post("/me/sharing/\(alexs)/renew", [("confirm", "yes")]).status == 404)
        #expect(try test.consents(alex).count == 2)
    }

    @Test func staffCannotUseThePersonsPages() throws {
        let test = try TestApp()
        let robin = try test.refer("Robin")
        let consent = try test.expiredConsent(robin, to: .coordinationTeam, [.story])
        let coordinator = try test.signedIn([.coordinator])
        #expect(try coordinator.get("/me/sharing/\(consent)/renew").status == 403)
        #expect(try coordinator.get("/me/sharing/new").status == 403)
    }
}
