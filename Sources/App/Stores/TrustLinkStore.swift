import Domain
import Foundation
import SQLite

/// One link in an individual's circle of trust.
struct TrustLinkRecord: Sendable {
    let id: Int64
    let individualID: Int64
    let trustedPersonID: Int64
    let trustedPersonName: String
    let kind: TrustedPersonKind
    let organisationName: String?
    let role: TrustRole
    let status: LinkStatus
    let confirmed: Bool
    let howItCameAbout: String
    let individualsWords: String
    let introducedBy: Int64?
    let introducedByName: String?
    let startedOn: CalendarDate
    let endedOn: CalendarDate?
    let endReason: EndReason?

    var existing: ExistingLink {
        ExistingLink(trustedPersonID: trustedPersonID, name: trustedPersonName, role: role, status: status)
    }
}

/// A new link's details.
struct NewTrustLink: Sendable {
    var trustedPersonID: Int64
    var role: TrustRole
    var status: LinkStatus
    var confirmed: Bool
    var howItCameAbout: String
    var individualsWords: String
    var introducedBy: Int64?
    var startedOn: CalendarDate
}

/// SQL for trust links, their change history, and unsafe markings.
enum TrustLinkStore {
    private static let select = """
        SELECT l.*, t.name AS trusted_person_name, t.kind, o.name AS organisation_name, i.name AS introduced_by_name
        FROM trust_links l JOIN trusted_people t ON t.id = l.trusted_person_id
        LEFT JOIN organisations o ON o.id = t.organisation_id
        LEFT JOIN trusted_people i ON i.id = l.introduced_by
        """

    static func forIndividual(_ individualID: Int64, _ db: Database) throws -> [TrustLinkRecord] {
        try db.query(select + " WHERE l.individual_id = ? ORDER BY l.started_on, l.id", individualID).map(record)
    }

    static func find(id: Int64, _ db: Database) throws -> TrustLinkRecord? {
        try db.queryOne(select + " WHERE l.id = ?", id).map(record)
    }

    /// Active links held by a trusted person, with the individual's id.
    static func active(heldBy trustedPersonID: Int64, _ db: Database) throws -> [TrustLinkRecord] {
        try db.query(select + " WHERE l.trusted_person_id = ? AND l.status = 'active' ORDER BY l.started_on", trustedPersonID)
            .map(record)
    }

    /// Adds a link after checking the rules (unsafe by record or by name, duplicate, second primary); one transaction with the caller.
    @discardableResult
    static func add(_ link: NewTrustLink, individualID: Int64, by userID: Int64?, now: Date, _ db: Database) throws -> Int64 {
        guard let person = try TrustedPersonStore.find(id: link.trustedPersonID, db) else { throw AppError.notFound }
        if let refusal = try UnsafeIdentityStore.refusal(individualID: individualID, trustedPersonID: person.id, db) { throw refusal }
        try TrustLinkRules.checkNewLink(
            candidateID: person.id, candidateName: person.name, role: link.role,
            existing: try forIndividual(individualID, db).map(\.existing),
            unsafeReason: try unsafeReason(individualID: individualID, trustedPersonID: person.id, db))
        let id = try insert(link, individualID: individualID, endedOn: nil, endReason: nil, by: userID, now: now, db)
        try event(id, link.status == .active ? "started" : "proposed", detail: link.role.title, by: userID, now: now, db)
        try IndividualStore.touch(individualID, now: now, db)
        return id
    }

    /// The one INSERT of a trust link: for `add`, after its rules, and for an import, which may
    /// bring a link that has already ended. The caller records the event.
    static func insert(
        _ link: NewTrustLink, individualID: Int64, endedOn: CalendarDate?, endReason: EndReason?, by userID: Int64?, now: Date,
        _ db: Database
    ) throws -> Int64 {
        try db.execute(
            """
            INSERT INTO trust_links (individual_id, trusted_person_id, role, status, confirmed_by_individual,
                how_it_came_about, individuals_words, introduced_by, started_on, ended_on, end_reason, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            individualID, link.trustedPersonID, link.role.rawValue, link.status.rawValue, link.confirmed, link.howItCameAbout,
            link.individualsWords, link.introducedBy, link.startedOn.iso, endedOn?.iso, endReason?.rawValue, userID, now)
        return db.lastInsertRowID
    }

    /// The link an import row names: this person, this trusted person, started on this day.
    static func find(individualID: Int64, trustedPersonID: Int64, startedOn: CalendarDate, _ db: Database) throws -> TrustLinkRecord? {
        try db.queryOne(
            select + " WHERE l.individual_id = ? AND l.trusted_person_id = ? AND l.started_on = ?", individualID, trustedPersonID,
            startedOn.iso
        ).map(record)
    }

    /// Sets what an import row says of a link it matched (history is kept in the events).
    static func updateImported(
        _ linkID: Int64, role: TrustRole, status: LinkStatus, endedOn: CalendarDate?, endReason: EndReason?, introducedBy: Int64?,
        _ db: Database
    ) throws {
        try db.execute(
            "UPDATE trust_links SET role = ?, status = ?, ended_on = ?, end_reason = ?, introduced_by = ? WHERE id = ?",
            role.rawValue, status.rawValue, endedOn?.iso, endReason?.rawValue, introducedBy, linkID)
    }

    static func activate(_ linkID: Int64, by userID: Int64?, now: Date, _ db: Database) throws {
        try db.execute("UPDATE trust_links SET status = 'active' WHERE id = ? AND status = 'proposed'", linkID)
        try event(linkID, "made active", by: userID, now: now, db)
    }

    static func confirm(_ linkID: Int64, by userID: Int64?, now: Date, _ db: Database) throws {
        try db.execute("UPDATE trust_links SET confirmed_by_individual = 1 WHERE id = ?", linkID)
        try event(linkID, "confirmed by the person", by: userID, now: now, db)
    }

    static func end(_ linkID: Int64, on day: CalendarDate, reason: EndReason, by userID: Int64?, now: Date, _ db: Database) throws {
        guard let link = try find(id: linkID, db) else { throw AppError.notFound }
        guard link.status != .ended else { throw DomainError.linkEnded }
        try db.execute(
            "UPDATE trust_links SET status = 'ended', ended_on = ?, end_reason = ? WHERE id = ?", day.iso, reason.rawValue, linkID)
        try event(linkID, "ended", detail: reason.title, by: userID, now: now, db)
        try IndividualStore.touch(link.individualID, now: now, db)
    }

    static func unsafeReason(individualID: Int64, trustedPersonID: Int64, _ db: Database) throws -> String? {
        try db.scalar(
            "SELECT reason FROM unsafe_markings WHERE individual_id = ? AND trusted_person_id = ?", individualID, trustedPersonID)
    }

    /// Records the person as unsafe for this individual and ends any link they have with them.
    static func markUnsafe(
        individualID: Int64, trustedPersonID: Int64, reason: String, by userID: Int64?, now: Date, today: CalendarDate,
        _ db: Database
    ) throws {
        try db.execute(
            """
            INSERT INTO unsafe_markings (individual_id, trusted_person_id, reason, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (individual_id, trusted_person_id) DO UPDATE SET reason = excluded.reason,
                recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
            """, individualID, trustedPersonID, reason, userID, now)
        for link in try forIndividual(individualID, db) where link.trustedPersonID == trustedPersonID && link.status != .ended {
            try end(link.id, on: today, reason: .safety, by: userID, now: now, db)
        }
        try IndividualStore.touch(individualID, now: now, db)
    }

    /// People recorded as unsafe for this individual, with the reason, who and when.
    static func unsafeMarkings(_ individualID: Int64, _ db: Database) throws -> [(trustedPersonID: Int64, name: String, reason: String, by: String?, at: Date)] {
        try db.query(
            """
            SELECT m.trusted_person_id, t.name, m.reason, u.display_name AS by_name, m.recorded_at
            FROM unsafe_markings m JOIN trusted_people t ON t.id = m.trusted_person_id
            LEFT JOIN users u ON u.id = m.recorded_by WHERE m.individual_id = ? ORDER BY m.id
            """, individualID
        ).map { (try $0.get("trusted_person_id"), try $0.get("name"), try $0.get("reason"), try $0.get("by_name"), try $0.get("recorded_at")) }
    }

    static func event(_ linkID: Int64, _ name: String, detail: String = "", by userID: Int64?, now: Date, _ db: Database) throws {
        try db.execute(
            "INSERT INTO trust_link_events (link_id, event, detail, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)",
            linkID, name, detail, userID, now)
    }

    private static func record(_ row: Row) throws -> TrustLinkRecord {
        TrustLinkRecord(
            id: try row.get("id"), individualID: try row.get("individual_id"), trustedPersonID: try row.get("trusted_person_id"),
            trustedPersonName: try row.get("trusted_person_name"),
            kind: (try row.vocabulary("kind") as TrustedPersonKind), organisationName: try row.get("organisation_name"),
            role: (try row.vocabulary("role") as TrustRole), status: (try row.vocabulary("status") as LinkStatus),
            confirmed: try row.get("confirmed_by_individual"), howItCameAbout: try row.get("how_it_came_about"),
            individualsWords: try row.get("individuals_words"), introducedBy: try row.get("introduced_by"),
            introducedByName: try row.get("introduced_by_name"),
            startedOn: try IndividualStore.date(row, "started_on") ?? CalendarDate(year: 2000, month: 1, day: 1)!,
            endedOn: try IndividualStore.date(row, "ended_on"),
            endReason: (try row.optionalVocabulary("end_reason") as EndReason?))
    }
}
