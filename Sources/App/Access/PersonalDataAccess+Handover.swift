import Domain
import Foundation

extension PersonalDataAccess {
    /// Opens a handover for `user`: asks `AccessPolicy.mayReadHandoverNote`, reads whom it is
    /// about, and writes the access log entry (category `notes` when there is a note to read).
    ///
    /// Why its own door: the incoming person reads the note before any link of theirs exists
    /// (PRODUCT.md, "Handovers"), so the record's rule does not apply; the read is still
    /// decided by the one policy and logged.
    func readHandover(_ handover: HandoverRecord, user: CurrentUser, now: Date) throws -> (IndividualRecord, HandoverRelation) {
        let (person, relation) = try pool.read { db -> (IndividualRecord, HandoverRelation) in
            let relation = try HandoverStore.relation(userID: user.id, handoverID: handover.id, db)
            guard AccessPolicy().mayReadHandoverNote(user.roles, relation) else { throw AppError.forbidden }
            guard let person = try IndividualStore.find(id: handover.individualID, db) else { throw AppError.notFound }
            return (person, relation)
        }
        try log.record(AccessLogEntry(
            at: now, userID: user.id, individualID: handover.individualID,
            categories: handover.note.isEmpty ? "" : InformationCategory.notes.rawValue, action: "view",
            reason: handover.note.isEmpty ? "Opened a handover" : "Read the handover note"))
        return (person, relation)
    }
}
