import Domain
import Foundation
import Testing
@testable import App

/// The champion's home: the pledge and its renewal, each trusted person's load and state, and
/// no individual's details; the manager sees every organisation's pledge.
@Suite struct ChampionHomeTests {
    @Test func thePledgeShowsWhenAndByWhomWithTheRenewalDueAYearLater() throws {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        try test.pool.write { db in
            try PledgeStore.renew(organisationID: riverside, signedOn: CalendarDate(iso: "2026-01-10")!, signedBy: "Alex Moor", by: nil, now: test.now, db)
        }
        let champion = try test.signedIn([.champion], organisationID: riverside)
        let home = try champion.get("/organisation")
        #expect(home.status == 200)
        #expect(home.contains("Signed on <strong>10 Jan 2026</strong> by Alex Moor. Renewal due <strong>10 Jan 2027</strong>."))
        #expect(home.contains("Renewal due soon"))
    }

    @Test func aRenewalNeedsTheConfirmationAndKeepsWhatWasTyped() throws {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        let champion = try test.signedIn([.champion], organisationID: riverside)
        try champion.get("/organisation/pledge")
        let refused = try champion.post("/organisation/pledge", [("signed_on", "2026-11-10"), ("signed_by", "Alex Moor")])
        #expect(refused.status == 422)
        #expect(refused.contains("Confirm that the organisation has renewed the pledge."))
        #expect(refused.contains(#"value="Alex Moor""#))
        let future = try champion.post("/organisation/pledge", [("signed_on", "2027-01-01"), ("signed_by", "Alex"), ("confirm", "yes")])
        #expect(future.status == 422)
        #expect(future.contains("The pledge cannot be signed in the future."))
        #expect(try test.count("SELECT count(*) FROM pledge_signings") == 0)
        #expect(try test.count("SELECT count(*) FROM organisations WHERE pledge_signed_on IS NOT NULL") == 0)

        let renewed = try champion.post("/organisation/pledge", [("signed_on", "2026-11-10"), ("signed_by", "Alex Moor"), ("confirm", "yes")])
        #expect(renewed.status == 303)
        #expect(renewed.location == "/organisation?notice=pledge-renewed")
        let home = try champion.get("/organisation")
        #expect(home.contains("Signed on <strong>10 Nov 2026</strong> by Alex Moor. Renewal due <strong>10 Nov 2027</strong>."))
        #expect(home.contains(">Current<"))
        #expect(try test.count("SELECT count(*) FROM pledge_signings WHERE signed_by = 'Alex Moor'") == 1)
    }

    @Test func theManagerSeesEveryOrganisationsPledgeState() throws {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        _ = try test.createOrganisation("Fenland Housing")
        try test.pool.write { db in
            try PledgeStore.renew(organisationID: riverside, signedOn: CalendarDate(iso: "2025-06-01")!, signedBy: "Alex Moor", by: nil, now: test.now, db)
        }
        let network = try test.signedIn([.manager]).get("/network")
        #expect(network.contains(#"<th scope="row">Riverside Day Centre</th><td>1 Jun 2025 by Alex Moor</td><td>1 Jun 2026</td><td><span class="flag pledge-overdue">Renewal overdue</span>"#))
        #expect(network.contains(#"<th scope="row">Fenland Housing</th><td></td><td></td><td><span class="flag pledge-not-signed">Not signed</span>"#))
    }

    @Test func eachTrustedPersonShowsTheirLoadHandoverAbsenceAndInterimCoverAsCountsOnly() throws {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        let sam = try test.createTrustedPerson("Sam Carter", organisationID: riverside)
        let kim = try test.createTrustedPerson("Kim Lowe", organisationID: riverside)
        let robin = try test.refer("Robin Quill")
        let ash = try test.refer("Ash Fenwick")
        let samsLink = try test.link(robin, sam, role: .primary)
        try test.link(ash, sam, role: .primary)
        try test.link(ash, kim, role: .interim)
        try test.pool.write { db in
            _ = try AbsenceStore.record(
                trustedPersonID: kim, kind: .sickness, from: CalendarDate(iso: "2026-11-01")!, expectedReturn: CalendarDate(iso: "2026-12-20")!,
                by: nil, now: test.now, db)
            _ = try HandoverStore.create(
                individualID: robin, outgoingLinkID: samsLink, incomingTrustedPersonID: kim, fromNetwork: true, whySomeoneNew: "",
                outcome: .end, bulkHandoverID: nil, by: nil, now: test.now, db)
        }
        let home = try test.signedIn([.champion], organisationID: riverside).get("/organisation")
        #expect(home.contains(#"<th scope="row">Sam Carter</th><td>Person</td><td>Paid</td><td class="number">2</td>"#))
        #expect(home.contains("<span class=\"flag\">In a handover (1)</span>"))
        #expect(home.contains("<span class=\"flag\">Off sick until 20 Dec 2026</span>"))
        #expect(home.contains("<span class=\"flag\">Interim cover for 1</span>"))
        #expect(home.contains(#"<span class="stat">3</span> people walked alongside"#))
        #expect(home.contains(#"<span class="stat">1</span> absent today"#))
        #expect(!home.contains("Robin") && !home.contains("Ash") && !home.contains("CF-"))
        #expect(try test.countLog("SELECT count(*) FROM access_log") == 0)
    }

    @Test func aChampionNeverSeesAnotherOrganisationsTrustedPersons() throws {
        let test = try TestApp()
        let riverside = try test.createOrganisation("Riverside Day Centre")
        let fenland = try test.createOrganisation("Fenland Housing")
        try test.link(try test.refer("Robin"), try test.createTrustedPerson("Sam Carter", organisationID: fenland))
        let home = try test.signedIn([.champion], organisationID: riverside).get("/organisation")
        #expect(!home.contains("Sam Carter"))
        #expect(home.contains("No trusted persons in this organisation yet."))
    }

    @Test func theDemoFillsAChampionsHome() throws {
        let test = try TestApp()
        _ = try DemoData.load(test.app.services, now: test.now)
        let riverside = try test.count("SELECT id FROM organisations WHERE name = 'Riverside Day Centre'")
        let home = try test.signedIn([.champion], email: "second-champion@example.org", organisationID: Int64(riverside)).get("/organisation")
        #expect(home.contains("by Jo Ellery, Director"))
        #expect(home.contains("Sam Whitlock"))
        #expect(home.contains("Lee Marsh, invited"))
        #expect(home.contains(">Answered<"))
        #expect(!home.contains("GP surgery"))
    }
}
