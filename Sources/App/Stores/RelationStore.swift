import Domain
import SQLite

/// Finds how a user stands towards an individual, for `AccessPolicy` to judge.
enum RelationStore {
    static func relation(userID: Int64, individualID: Int64, _ db: Database) throws -> IndividualRelation {
        let linked: Int? = try db.scalar(
            """
            SELECT 1 FROM trust_links l JOIN trusted_people t ON t.id = l.trusted_person_id
            WHERE l.individual_id = ? AND t.user_id = ? AND l.status = 'active' LIMIT 1
            """, individualID, userID)
        let own: Int? = try db.scalar("SELECT 1 FROM individuals WHERE id = ? AND user_id = ?", individualID, userID)
        return IndividualRelation(hasActiveLink: linked != nil, isOwnRecord: own != nil)
    }

    static func exists(individualID: Int64, _ db: Database) throws -> Bool {
        let found: Int? = try db.scalar("SELECT 1 FROM individuals WHERE id = ?", individualID)
        return found != nil
    }
}
