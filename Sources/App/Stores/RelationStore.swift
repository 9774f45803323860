import Domain
import Foundation
import SQLite

/// Finds how a user stands towards an individual — their link, their own record, the
/// consents in force for them, and any safeguarding override — for `AccessPolicy` to judge.
enum RelationStore {
    static func relation(userID: Int64, individualID: Int64, today: CalendarDate, now: Date, _ db: Database) throws -> IndividualRelation {
        try relation(userID: userID, me: try TrustedPersonStore.find(userID: userID, db), individualID: individualID, today: today, now: now, db)
    }

    /// The same, with the user's own trusted-person record (`me`, nil when they are not one)
    /// already found: a list page finds it once for everyone it lists.
    static func relation(
        userID: Int64, me: TrustedPersonRecord?, individualID: Int64, today: CalendarDate, now: Date, _ db: Database
    ) throws -> IndividualRelation {
        var linked = false
        var unsafe = false
        if let me {
            let active: Int? = try db.scalar(
                "SELECT 1 FROM trust_links WHERE individual_id = ? AND trusted_person_id = ? AND status = 'active' LIMIT 1",
                individualID, me.id)
            linked = active != nil
            unsafe = try TrustLinkStore.unsafeReason(individualID: individualID, trustedPersonID: me.id, db) != nil
        }
        let own: Int? = try db.scalar("SELECT 1 FROM individuals WHERE id = ? AND user_id = ?", individualID, userID)
        let grants = try ConsentStore.all(individualID, db).map(\.grant)
        var mine = Set<ConsentRecipient>()
        if let me {
            mine.insert(.trustedPerson(me.id))
            if let organisation = me.organisationID { mine.insert(.organisation(organisation)) }
        }
        return IndividualRelation(
            hasActiveLink: linked, isOwnRecord: own != nil, isMarkedUnsafe: unsafe,
            sharedWithUser: mine.isEmpty ? [] : ConsentPolicy.categories(grants, for: mine, today: today),
            sharedWithCoordinators: ConsentPolicy.categories(grants, for: [.coordinationTeam], today: today),
            openedByOverride: try SafeguardingOverrideStore.openCategories(individualID: individualID, userID: userID, now: now, db))
    }

    static func exists(individualID: Int64, _ db: Database) throws -> Bool {
        let found: Int? = try db.scalar("SELECT 1 FROM individuals WHERE id = ?", individualID)
        return found != nil
    }
}
