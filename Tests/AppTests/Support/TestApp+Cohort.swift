import Domain
import Foundation
@testable import App

/// Factories for the cohort: referrals, trusted persons and links, written straight to the store.
extension TestApp {
    static let referralDate = CalendarDate(iso: "2026-01-05")!

    @discardableResult
    func refer(
        _ name: String, district: District = .fenland, disadvantages: Set<Disadvantage> = [.homelessness, .mentalHealth, .offending],
        open: Bool = true
    ) throws -> Int64 {
        try pool.write { db in
            let referral = Referral(
                preferredName: name, district: district, cohortGroup: .notKnown, referredOn: Self.referralDate,
                disadvantages: Dictionary(uniqueKeysWithValues: disadvantages.map { ($0, Self.referralDate) }))
            let id = try IndividualStore.create(referral, consent: .givenVerbally, by: nil, now: now, db).id
            if open {
                try IndividualStore.changeStatus(id, to: .open, on: Self.referralDate, reason: nil, note: "", by: nil, now: now, db)
            }
            return id
        }
    }

    func createTrustedPerson(_ name: String, kind: TrustedPersonKind = .person, userID: Int64? = nil, organisationID: Int64? = nil) throws -> Int64 {
        try pool.write { db in
            try TrustedPersonStore.create(name: name, kind: kind, organisationID: organisationID, paid: .paid, userID: userID, now: now, db)
        }
    }

    @discardableResult
    func link(_ individualID: Int64, _ trustedPersonID: Int64, role: TrustRole = .trusted, status: LinkStatus = .active, introducedBy: Int64? = nil) throws -> Int64 {
        try pool.write { db in
            try TrustLinkStore.add(
                NewTrustLink(trustedPersonID: trustedPersonID, role: role, status: status, confirmed: true, howItCameAbout: "",
                             individualsWords: "", introducedBy: introducedBy, startedOn: Self.referralDate),
                individualID: individualID, by: nil, now: now, db)
        }
    }

    func links(_ individualID: Int64) throws -> [TrustLinkRecord] {
        try pool.read { db in try TrustLinkStore.forIndividual(individualID, db) }
    }
}

extension TestApp {
    /// Records a consent given on the referral date, reviewed a year later.
    @discardableResult
    func consent(_ individualID: Int64, to recipient: ConsentRecipient, _ categories: Set<InformationCategory>) throws -> Int64 {
        try pool.write { db in
            try ConsentStore.record(
                individualID: individualID, recipient: recipient, categories: categories, purpose: "Support", method: .verbal,
                givenOn: Self.referralDate, reviewBy: ConsentPolicy.defaultReviewDate(givenOn: Self.referralDate), by: nil, now: now, db)
        }
    }

    func story(_ individualID: Int64, _ category: InformationCategory, _ body: String) throws {
        try pool.write { db in
            _ = try StoryStore.add(individualID: individualID, category: category, toldOn: Self.referralDate, body: body, by: nil, now: now, db)
        }
    }
}

extension TestApp {
    /// A signed-in trusted person ("Sam", sam@example.org) and their trusted-people record.
    func signedInTrustedPerson(organisationID: Int64? = nil) throws -> (TestClient, Int64) {
        let client = try signedIn([.trustedPerson], email: "sam@example.org", organisationID: organisationID)
        let userID: Int64 = try pool.read { db in try db.scalar("SELECT id FROM users WHERE email = 'sam@example.org'") ?? 0 }
        return (client, try createTrustedPerson("Sam", userID: userID, organisationID: organisationID))
    }

    /// The person themself (robin@example.org, role individual), signed in with their own record.
    func signedInAsThePerson(_ individualID: Int64) throws -> TestClient {
        let userID = try createUser("robin@example.org", roles: [.individual])
        try pool.write { db in try db.execute("UPDATE individuals SET user_id = ? WHERE id = ?", userID, individualID) }
        let client = self.client()
        try client.signIn("robin@example.org", TestApp.password)
        return client
    }
}

extension TestApp {
    /// An Outcomes Star reading with the same score in every area.
    func addStar(_ individualID: Int64, every score: Int, on day: CalendarDate = TestApp.referralDate) throws {
        let reading = StarReading(scores: Dictionary(uniqueKeysWithValues: StarArea.allCases.map { ($0, score) }), assessedOn: day)
        _ = try pool.write { db in
            try AssessmentStore.addStar(reading, tookPart: "", note: "", individualID: individualID, by: nil, now: now, db)
        }
    }
}
