import Domain
import Foundation

@testable import App

/// Factories for consent journeys: organisations, a person's own account, story entries and
/// consents, written straight to the live app's store with the app's own stores.
extension LiveApp {
    /// Creates a voluntary-sector organisation; returns its id.
    func createOrganisation(_ name: String) throws -> Int64 {
        try app.services.pool.write { db in
            try OrganisationStore.create(
                name: name, sector: .voluntaryCommunity, pledgeSignedOn: nil, now: Date(), db)
        }
    }

    /// Creates a trusted person acting for an organisation, tied to a login account; returns their id.
    func createTrustedPerson(_ name: String, userID: Int64, organisationID: Int64) throws -> Int64 {
        try app.services.pool.write { db in
            try TrustedPersonStore.create(
                name: name, kind: .person, organisationID: organisationID, paid: .paid, userID: userID,
                now: Date(), db)
        }
    }

    /// Ties an individual's record to a login account, so `/me` is their own page.
    ///
    /// Why plain SQL: no store offers this on its own (the coordinator's "give an account"
    /// page does it inside a larger write), and the journey needs a password, not an invitation.
    func giveAccount(_ userID: Int64, to individualID: Int64) throws {
        try app.services.pool.write { db in
            try db.execute("UPDATE individuals SET user_id = ? WHERE id = ?", userID, individualID)
        }
    }

    /// Adds an entry to an individual's story, told on the referral date; returns its id.
    @discardableResult
    func tellStory(_ individualID: Int64, _ category: InformationCategory, _ body: String) throws -> Int64 {
        try app.services.pool.write { db in
            try StoryStore.add(
                individualID: individualID, category: category, toldOn: Self.referralDate, body: body,
                by: nil, now: Date(), db)
        }
    }

    /// Records a verbal consent given today, to be reviewed on the default date; returns its id.
    ///
    /// Given today rather than on the referral date, so it never falls due for review (and
    /// stops sharing) however long after the referral date the journey runs.
    @discardableResult
    func consent(
        _ individualID: Int64, to recipient: ConsentRecipient, _ categories: Set<InformationCategory>
    ) throws -> Int64 {
        let today = LondonTime.today(Date())
        return try app.services.pool.write { db in
            try ConsentStore.record(
                individualID: individualID, recipient: recipient, categories: categories,
                purpose: "Support", method: .verbal, givenOn: today,
                reviewBy: ConsentPolicy.defaultReviewDate(givenOn: today), by: nil, now: Date(), db)
        }
    }

    /// When and how a consent was withdrawn, or `nil` while it stands.
    func withdrawal(ofConsent consentID: Int64, of individualID: Int64) throws
        -> (on: CalendarDate, how: String?)?
    {
        let record = try app.services.pool.read { db in
            try ConsentStore.all(individualID, db).first { $0.grant.id == consentID }
        }
        guard let record, let on = record.grant.withdrawnOn else { return nil }
        return (on, record.withdrawnHow)
    }
}
