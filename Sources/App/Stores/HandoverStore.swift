import Domain
import Foundation
import SQLite

/// A planned handover with its steps.
struct HandoverRecord: Sendable {
    let id: Int64
    let individualID: Int64
    let outgoingLink: TrustLinkRecord
    let incomingTrustedPersonID: Int64
    let incomingName: String
    let fromNetwork: Bool
    let whySomeoneNew: String
    let outgoingOutcome: OutgoingOutcome
    let stage: HandoverStage
    let note: String
    let bulkHandoverID: Int64?
    /// The consent the person gave for the incoming person when agreeing, once agreed.
    let consentID: Int64?
    let steps: [(stage: HandoverStage, by: String?, at: Date)]
}

/// SQL for handovers. Completing one is a single transaction: the outgoing link ends (or
/// becomes a back-up) and the incoming link starts, or nothing changes.
enum HandoverStore {
    static func create(
        individualID: Int64, outgoingLinkID: Int64, incomingTrustedPersonID: Int64, fromNetwork: Bool,
        whySomeoneNew: String, outcome: OutgoingOutcome, bulkHandoverID: Int64?, by userID: Int64?, now: Date, _ db: Database
    ) throws -> Int64 {
        if let refusal = try UnsafeIdentityStore.refusal(individualID: individualID, trustedPersonID: incomingTrustedPersonID, db) {
            throw refusal
        }
        try db.execute(
            """
            INSERT INTO handovers (individual_id, outgoing_link_id, incoming_trusted_person_id, from_network, why_someone_new,
                outgoing_outcome, stage, bulk_handover_id, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, 'proposed', ?, ?, ?)
            """,
            individualID, outgoingLinkID, incomingTrustedPersonID, fromNetwork, whySomeoneNew, outcome.rawValue, bulkHandoverID,
            userID, now)
        let id = db.lastInsertRowID
        try recordStep(id, .proposed, by: userID, now: now, db)
        try IndividualStore.touch(individualID, now: now, db)
        return id
    }

    static func find(id: Int64, _ db: Database) throws -> HandoverRecord? {
        guard let row = try db.queryOne(
            "SELECT h.*, t.name AS incoming_name FROM handovers h JOIN trusted_people t ON t.id = h.incoming_trusted_person_id WHERE h.id = ?",
            id),
            let outgoing = try TrustLinkStore.find(id: try row.get("outgoing_link_id"), db)
        else { return nil }
        let steps = try db.query(
            """
            SELECT s.stage, u.display_name AS by_name, s.recorded_at FROM handover_steps s
            LEFT JOIN users u ON u.id = s.recorded_by WHERE s.handover_id = ? ORDER BY s.id
            """, id
        ).map { ((try $0.vocabulary("stage") as HandoverStage), try $0.get("by_name") as String?, try $0.get("recorded_at") as Date) }
        return HandoverRecord(
            id: id, individualID: try row.get("individual_id"), outgoingLink: outgoing,
            incomingTrustedPersonID: try row.get("incoming_trusted_person_id"), incomingName: try row.get("incoming_name"),
            fromNetwork: try row.get("from_network"), whySomeoneNew: try row.get("why_someone_new"),
            outgoingOutcome: (try row.vocabulary("outgoing_outcome") as OutgoingOutcome),
            stage: (try row.vocabulary("stage") as HandoverStage), note: try row.get("note"),
            bulkHandoverID: try row.get("bulk_handover_id"), consentID: try row.get("consent_id"), steps: steps)
    }

    static func ids(forIndividual individualID: Int64, _ db: Database) throws -> [Int64] {
        try db.query("SELECT id FROM handovers WHERE individual_id = ? ORDER BY id DESC", individualID).map { try $0.get("id") }
    }

    static func ids(forBulk bulkID: Int64, _ db: Database) throws -> [Int64] {
        try db.query("SELECT id FROM handovers WHERE bulk_handover_id = ? ORDER BY id", bulkID).map { try $0.get("id") }
    }

    /// Moves a handover one step on (or cancels it); completing it switches the links.
    static func advance(
        _ handover: HandoverRecord, to stage: HandoverStage, note: String?, by userID: Int64?, now: Date, today: CalendarDate,
        _ db: Database
    ) throws {
        try handover.stage.checkStep(to: stage)
        if stage == .completed {
            try switchLinks(handover, by: userID, now: now, today: today, db)
        }
        try db.execute(
            "UPDATE handovers SET stage = ?, note = coalesce(?, note) WHERE id = ?", stage.rawValue, note, handover.id)
        try recordStep(handover.id, stage, by: userID, now: now, db)
        try IndividualStore.touch(handover.individualID, now: now, db)
    }

    /// The final switch: the outgoing link ends with reason `handover` (a new back-up link
    /// follows if so agreed), and the incoming person takes the outgoing role (interim cover
    /// hands over to a primary). An incoming person already in the circle gets a new link;
    /// their old one ends, so history is kept.
    private static func switchLinks(
        _ handover: HandoverRecord, by userID: Int64?, now: Date, today: CalendarDate, _ db: Database
    ) throws {
        let outgoing = handover.outgoingLink
        guard outgoing.status != .ended else { throw DomainError.linkEnded }
        try TrustLinkStore.end(outgoing.id, on: today, reason: .handover, by: userID, now: now, db)
        let circle = try TrustLinkStore.forIndividual(handover.individualID, db)
        let incomingOld = circle.first { $0.trustedPersonID == handover.incomingTrustedPersonID && $0.status != .ended }
        if let incomingOld {
            try TrustLinkStore.end(incomingOld.id, on: today, reason: .handover, by: userID, now: now, db)
        }
        let incomingID = try TrustLinkStore.add(
            NewTrustLink(
                trustedPersonID: handover.incomingTrustedPersonID, role: outgoing.role == .interim ? .primary : outgoing.role,
                status: .active, confirmed: true, howItCameAbout: "Handover from \(outgoing.trustedPersonName).",
                individualsWords: incomingOld?.individualsWords ?? "",
                introducedBy: incomingOld?.introducedBy ?? outgoing.trustedPersonID, startedOn: today),
            individualID: handover.individualID, by: userID, now: now, db)
        if handover.outgoingOutcome == .keepAsBackup {
            try TrustLinkStore.add(
                NewTrustLink(
                    trustedPersonID: outgoing.trustedPersonID, role: .backup, status: .active, confirmed: true,
                    howItCameAbout: "Stayed as a back-up after handing over.", individualsWords: outgoing.individualsWords,
                    introducedBy: outgoing.introducedBy, startedOn: today),
                individualID: handover.individualID, by: userID, now: now, db)
        }
        try db.execute("UPDATE handovers SET incoming_link_id = ? WHERE id = ?", incomingID, handover.id)
    }

    /// Records the person's agreement: their consent to share with the incoming person is a
    /// new consent record, written in the same transaction as the step.
    static func agree(
        _ handover: HandoverRecord, consent: HandoverConsent, by userID: Int64?, now: Date, today: CalendarDate, _ db: Database
    ) throws {
        try handover.stage.checkStep(to: .agreed)
        if let reason = try TrustLinkStore.unsafeReason(
            individualID: handover.individualID, trustedPersonID: handover.incomingTrustedPersonID, db)
        {
            throw DomainError.unsafePerson(name: handover.incomingName, reason: reason)
        }
        let consentID = try ConsentStore.record(
            individualID: handover.individualID, recipient: .trustedPerson(handover.incomingTrustedPersonID),
            categories: consent.categories,
            purpose: "Handover from \(handover.outgoingLink.trustedPersonName) to \(handover.incomingName)",
            method: consent.method, givenOn: today, reviewBy: consent.reviewBy, by: userID, now: now, words: consent.words, db)
        try db.execute("UPDATE handovers SET consent_id = ? WHERE id = ?", consentID, handover.id)
        try advance(handover, to: .agreed, note: nil, by: userID, now: now, today: today, db)
    }

    /// What the person agreed to share with the incoming person, and their words, once agreed.
    static func agreement(_ handover: HandoverRecord, _ db: Database) throws -> (categories: [InformationCategory], words: String)? {
        guard let consentID = handover.consentID,
              let words: String = try db.scalar("SELECT individuals_words FROM consents WHERE id = ?", consentID) else { return nil }
        let categories = try db.query("SELECT category FROM consent_categories WHERE consent_id = ?", consentID).map {
            try StoredVocabulary.decode(InformationCategory.self, try $0.get("category"), column: "consent_categories.category")
        }
        return (InformationCategory.allCases.filter(categories.contains), words)
    }

    /// How a user stands towards a handover, for `AccessPolicy.mayReadHandoverNote`; a
    /// handover that does not exist relates to no one.
    static func relation(userID: Int64, handoverID: Int64, _ db: Database) throws -> HandoverRelation {
        guard let row = try db.queryOne(
            "SELECT individual_id, incoming_trusted_person_id, stage FROM handovers WHERE id = ?", handoverID)
        else { return HandoverRelation(isIncomingPerson: false, stage: .cancelled, isMarkedUnsafe: false) }
        let stage = try StoredVocabulary.decode(HandoverStage.self, try row.get("stage"), column: "handovers.stage")
        guard let me = try TrustedPersonStore.find(userID: userID, db) else {
            return HandoverRelation(isIncomingPerson: false, stage: stage, isMarkedUnsafe: false)
        }
        let incoming: Int64 = try row.get("incoming_trusted_person_id")
        let unsafe = try TrustLinkStore.unsafeReason(individualID: try row.get("individual_id"), trustedPersonID: me.id, db) != nil
        return HandoverRelation(isIncomingPerson: incoming == me.id, stage: stage, isMarkedUnsafe: unsafe)
    }

    /// Handovers to this trusted person that wait for their acceptance (the note is written).
    static func waitingFor(trustedPersonID: Int64, _ db: Database) throws -> [Int64] {
        try db.query(
            "SELECT id FROM handovers WHERE incoming_trusted_person_id = ? AND stage = 'note-written' ORDER BY id", trustedPersonID
        ).map { try $0.get("id") }
    }

    /// Starts a bulk handover for someone leaving their role.
    static func createBulk(trustedPersonID: Int64, reason: EndReason, note: String, by userID: Int64?, now: Date, _ db: Database) throws -> Int64 {
        try db.execute(
            "INSERT INTO bulk_handovers (trusted_person_id, reason, note, started_by, started_at) VALUES (?, ?, ?, ?, ?)",
            trustedPersonID, reason.rawValue, note, userID, now)
        return db.lastInsertRowID
    }

    static func findBulk(id: Int64, _ db: Database) throws -> (trustedPersonID: Int64, reason: EndReason, note: String, at: Date)? {
        try db.queryOne("SELECT trusted_person_id, reason, note, started_at FROM bulk_handovers WHERE id = ?", id).map {
            (try $0.get("trusted_person_id"), (try $0.vocabulary("reason") as EndReason), try $0.get("note"), try $0.get("started_at"))
        }
    }

    private static func recordStep(_ id: Int64, _ stage: HandoverStage, by userID: Int64?, now: Date, _ db: Database) throws {
        try db.execute(
            "INSERT INTO handover_steps (handover_id, stage, recorded_by, recorded_at) VALUES (?, ?, ?, ?)",
            id, stage.rawValue, userID, now)
    }
}
