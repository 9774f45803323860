import Domain
import Foundation
import SQLite

/// A coordinator's confirmation that a register entry with an unsafe marking's name is someone else.
struct DifferentPersonConfirmation: Sendable {
    let trustedPersonName: String
    let markedName: String
    let note: String
    let confirmedBy: String?
    let confirmedAt: Date
}

/// SQL for the identity side of unsafe markings: the markings of an individual, the
/// "different person" confirmations, and the one question every path asks before linking
/// someone (add, activate, handover, import): may this register entry be linked to this individual?
enum UnsafeIdentityStore {
    /// Everyone recorded as unsafe for the individual, with the marked record's current name.
    static func markings(_ individualID: Int64, _ db: Database) throws -> [UnsafeMarking] {
        try db.query(
            """
            SELECT m.id, m.trusted_person_id, t.name, m.reason FROM unsafe_markings m
            JOIN trusted_people t ON t.id = m.trusted_person_id WHERE m.individual_id = ? ORDER BY m.id
            """, individualID
        ).map {
            UnsafeMarking(id: try $0.get("id"), trustedPersonID: try $0.get("trusted_person_id"), name: try $0.get("name"), reason: try $0.get("reason"))
        }
    }

    /// The ids of the individual's markings already confirmed not to be this register entry.
    static func confirmedMarkingIDs(individualID: Int64, trustedPersonID: Int64, _ db: Database) throws -> Set<Int64> {
        Set(try db.query(
            """
            SELECT c.unsafe_marking_id FROM different_person_confirmations c
            JOIN unsafe_markings m ON m.id = c.unsafe_marking_id WHERE m.individual_id = ? AND c.trusted_person_id = ?
            """, individualID, trustedPersonID
        ).map { try $0.get("unsafe_marking_id") as Int64 })
    }

    /// Why the register entry may not be linked to the individual (it was marked unsafe, or its
    /// name matches a marking nobody has confirmed is someone else), or nil when it may.
    static func refusal(individualID: Int64, trustedPersonID: Int64, _ db: Database) throws -> DomainError? {
        guard let name: String = try db.scalar("SELECT name FROM trusted_people WHERE id = ?", trustedPersonID) else { return nil }
        return UnsafeIdentity.refusal(
            candidateID: trustedPersonID, candidateName: name, markings: try markings(individualID, db),
            confirmed: try confirmedMarkingIDs(individualID: individualID, trustedPersonID: trustedPersonID, db))
    }

    /// The individual's markings whose name matches a name typed for someone new.
    static func nameMatches(individualID: Int64, name: String, _ db: Database) throws -> [UnsafeMarking] {
        UnsafeIdentity.unconfirmedNameMatches(candidateID: nil, candidateName: name, markings: try markings(individualID, db), confirmed: [])
    }

    /// Throws the refusal for linking the register entry to the individual, unless the only
    /// refusals are name matches and the coordinator has just confirmed, with `note`, that this
    /// is a different person: then each matching marking's confirmation is recorded (one
    /// transaction with the caller) and nothing is thrown. The marked record itself is always refused.
    static func checkLinkable(
        individualID: Int64, trustedPersonID: Int64, differentPersonNote note: String?, by userID: Int64?, now: Date,
        _ db: Database
    ) throws {
        guard let refusal = try refusal(individualID: individualID, trustedPersonID: trustedPersonID, db) else { return }
        guard case .unsafeNameMatch = refusal, let note, !note.isEmpty,
              let name: String = try db.scalar("SELECT name FROM trusted_people WHERE id = ?", trustedPersonID)
        else { throw refusal }
        let matches = UnsafeIdentity.unconfirmedNameMatches(
            candidateID: trustedPersonID, candidateName: name, markings: try markings(individualID, db),
            confirmed: try confirmedMarkingIDs(individualID: individualID, trustedPersonID: trustedPersonID, db))
        for marking in matches {
            try db.execute(
                """
                INSERT INTO different_person_confirmations (unsafe_marking_id, trusted_person_id, note, confirmed_by, confirmed_at)
                VALUES (?, ?, ?, ?, ?)
                """, marking.id, trustedPersonID, note, userID, now)
        }
        try IndividualStore.touch(individualID, now: now, db)
    }

    /// For a register entry about to be renamed: the reference of each individual in whose
    /// circle it is (a link not ended) and for whom `newName` would match an unsafe marking
    /// nobody has confirmed is someone else, with the refusal.
    static func renameRefusals(trustedPersonID: Int64, newName: String, _ db: Database) throws -> [(ref: String, refusal: DomainError)] {
        let circles = try db.query(
            """
            SELECT DISTINCT i.id, i.ref FROM trust_links l JOIN individuals i ON i.id = l.individual_id
            WHERE l.trusted_person_id = ? AND l.status != 'ended' ORDER BY i.ref
            """, trustedPersonID)
        return try circles.compactMap { row in
            let individualID: Int64 = try row.get("id")
            let refusal = UnsafeIdentity.refusal(
                candidateID: trustedPersonID, candidateName: newName, markings: try markings(individualID, db),
                confirmed: try confirmedMarkingIDs(individualID: individualID, trustedPersonID: trustedPersonID, db))
            return try refusal.map { (try row.get("ref"), $0) }
        }
    }

    /// The confirmations recorded for the individual's markings, oldest first.
    static func confirmations(_ individualID: Int64, _ db: Database) throws -> [DifferentPersonConfirmation] {
        try db.query(
            """
            SELECT t.name AS trusted_person_name, marked.name AS marked_name, c.note, u.display_name AS by_name, c.confirmed_at
            FROM different_person_confirmations c
            JOIN unsafe_markings m ON m.id = c.unsafe_marking_id
            JOIN trusted_people t ON t.id = c.trusted_person_id
            JOIN trusted_people marked ON marked.id = m.trusted_person_id
            LEFT JOIN users u ON u.id = c.confirmed_by
            WHERE m.individual_id = ? ORDER BY c.id
            """, individualID
        ).map {
            DifferentPersonConfirmation(
                trustedPersonName: try $0.get("trusted_person_name"), markedName: try $0.get("marked_name"), note: try $0.get("note"),
                confirmedBy: try $0.get("by_name"), confirmedAt: try $0.get("confirmed_at"))
        }
    }
}
