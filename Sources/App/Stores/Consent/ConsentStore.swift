import Domain
import Foundation
import SQLite

/// A consent as the pages show it.
struct ConsentRecord: Sendable {
    let grant: ConsentGrant
    let recipientName: String
    let purpose: String
    /// What the person said, in their own words, when they agreed (empty where not recorded).
    let words: String
    let method: ConsentMethod
    let recordedBy: String?
    let withdrawnHow: String?
    /// How the person said so, where recorded more exactly than `method` (renewals, their own page).
    var channel: ConsentChannel? = nil
    /// The consent this one renewed or changed, if any.
    var renews: Int64? = nil

    /// How the person agreed, in words for the pages.
    var howTitle: String { channel?.title ?? method.title }
}

/// SQL for consents and the lawful basis.
enum ConsentStore {
    static func record(
        individualID: Int64, recipient: ConsentRecipient, categories: Set<InformationCategory>, purpose: String,
        method: ConsentMethod, givenOn: CalendarDate, reviewBy: CalendarDate, by userID: Int64?, now: Date, words: String = "",
        renews: Int64? = nil, channel: ConsentChannel? = nil, _ db: Database
    ) throws -> Int64 {
        if let renews {
            guard let old = try all(individualID, db).first(where: { $0.grant.id == renews }) else { throw AppError.notFound }
            guard ConsentReview.isOpen(old.grant) else { throw AppError.badRequest("This consent has already been renewed, changed or withdrawn.") }
        }
        var trustedPersonID: Int64?
        var organisationID: Int64?
        switch recipient {
        case .coordinationTeam: break
        case .trustedPerson(let id): trustedPersonID = id
        case .organisation(let id): organisationID = id
        }
        try db.execute(
            """
            INSERT INTO consents (individual_id, recipient_kind, recipient_trusted_person_id, recipient_organisation_id, purpose,
                how_given, given_on, review_by, recorded_by, recorded_at, individuals_words, renews_consent_id, how_channel)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            individualID, recipient.kind, trustedPersonID, organisationID, purpose, method.rawValue, givenOn.iso, reviewBy.iso, userID, now,
            words, renews, channel?.rawValue)
        let id = db.lastInsertRowID
        for category in InformationCategory.allCases where categories.contains(category) {
            try db.execute("INSERT INTO consent_categories (consent_id, category) VALUES (?, ?)", id, category.rawValue)
        }
        try IndividualStore.touch(individualID, now: now, db)
        return id
    }

    /// Renews an open consent as it stands: a new consent with the same recipient, kinds of
    /// information and purpose, given again on `givenOn` through `channel`, reviewed by
    /// `reviewBy`; the old one is kept, replaced. Call inside the write transaction.
    static func renew(
        _ consentID: Int64, individualID: Int64, givenOn: CalendarDate, reviewBy: CalendarDate, channel: ConsentChannel,
        words: String = "", by userID: Int64?, now: Date, _ db: Database
    ) throws -> Int64 {
        guard let old = try all(individualID, db).first(where: { $0.grant.id == consentID }) else { throw AppError.notFound }
        return try record(
            individualID: individualID, recipient: old.grant.recipient, categories: old.grant.categories, purpose: old.purpose,
            method: channel.method, givenOn: givenOn, reviewBy: reviewBy, by: userID, now: now, words: words, renews: consentID,
            channel: channel, db)
    }

    /// Withdraws a consent from today; effective at once for every page and export.
    static func withdraw(_ consentID: Int64, individualID: Int64, on day: CalendarDate, how: String, by userID: Int64?, now: Date, _ db: Database) throws {
        try db.execute(
            "UPDATE consents SET withdrawn_on = ?, withdrawn_by = ?, withdrawn_how = ? WHERE id = ? AND individual_id = ? AND withdrawn_on IS NULL",
            day.iso, userID, how, consentID, individualID)
        guard db.changes == 1 else { throw AppError.notFound }
        try IndividualStore.touch(individualID, now: now, db)
    }

    /// Every consent of an individual, newest first.
    static func all(_ individualID: Int64, _ db: Database) throws -> [ConsentRecord] {
        let categories = try db.query(
            "SELECT c.consent_id, c.category FROM consent_categories c JOIN consents k ON k.id = c.consent_id WHERE k.individual_id = ?",
            individualID)
        var byConsent: [Int64: Set<InformationCategory>] = [:]
        for row in categories {
            byConsent[try row.get("consent_id"), default: []].insert(try row.vocabulary("category") as InformationCategory)
        }
        return try db.query(
            """
            SELECT k.*, t.name AS trusted_person_name, o.name AS organisation_name, u.display_name AS recorded_by_name,
                (SELECT r.id FROM consents r WHERE r.renews_consent_id = k.id) AS replaced_by
            FROM consents k LEFT JOIN trusted_people t ON t.id = k.recipient_trusted_person_id
            LEFT JOIN organisations o ON o.id = k.recipient_organisation_id LEFT JOIN users u ON u.id = k.recorded_by
            WHERE k.individual_id = ? ORDER BY k.id DESC
            """, individualID
        ).map { row in
            let id: Int64 = try row.get("id")
            let recipient: ConsentRecipient
            let name: String
            if let trustedPerson: Int64 = try row.get("recipient_trusted_person_id") {
                recipient = .trustedPerson(trustedPerson)
                name = try row.get("trusted_person_name")
            } else if let organisation: Int64 = try row.get("recipient_organisation_id") {
                recipient = .organisation(organisation)
                name = try row.get("organisation_name")
            } else {
                recipient = .coordinationTeam
                name = "The coordination team"
            }
            return ConsentRecord(
                grant: ConsentGrant(
                    id: id, recipient: recipient, categories: byConsent[id] ?? [],
                    givenOn: try IndividualStore.date(row, "given_on") ?? CalendarDate(year: 2000, month: 1, day: 1)!,
                    reviewBy: try IndividualStore.date(row, "review_by") ?? CalendarDate(year: 2000, month: 1, day: 1)!,
                    withdrawnOn: try IndividualStore.date(row, "withdrawn_on"), replacedBy: try row.get("replaced_by")),
                recipientName: name, purpose: try row.get("purpose"), words: try row.get("individuals_words"),
                method: (try row.vocabulary("how_given") as ConsentMethod), recordedBy: try row.get("recorded_by_name"),
                withdrawnHow: try row.get("withdrawn_how"), channel: try row.optionalVocabulary("how_channel"),
                renews: try row.get("renews_consent_id"))
        }
    }

    /// Consents past their review date and not withdrawn, across the cohort, soonest first.
    static func dueForReview(today: CalendarDate, within days: Int, _ db: Database) throws -> [(individualID: Int64, ref: String, name: String, recipient: String, reviewBy: CalendarDate, consentID: Int64)] {
        try db.query(
            """
            SELECT k.id, k.individual_id, i.ref, i.preferred_name, k.review_by,
                coalesce(t.name, o.name, 'The coordination team') AS recipient
            FROM consents k JOIN individuals i ON i.id = k.individual_id
            LEFT JOIN trusted_people t ON t.id = k.recipient_trusted_person_id LEFT JOIN organisations o ON o.id = k.recipient_organisation_id
            WHERE k.withdrawn_on IS NULL AND k.review_by <= ? AND i.status != 'closed'
              AND NOT EXISTS (SELECT 1 FROM consents n WHERE n.individual_id = k.individual_id AND n.id > k.id
                  AND n.recipient_kind = k.recipient_kind AND n.recipient_trusted_person_id IS k.recipient_trusted_person_id
                  AND n.recipient_organisation_id IS k.recipient_organisation_id)
              AND NOT EXISTS (SELECT 1 FROM consents r WHERE r.renews_consent_id = k.id)
            ORDER BY k.review_by, i.ref
            """, today.adding(days: days).iso
        ).map { row in
            (try row.get("individual_id"), try row.get("ref"), try row.get("preferred_name"), try row.get("recipient"),
             try IndividualStore.date(row, "review_by") ?? today, try row.get("id"))
        }
    }

    /// People whose case is not closed and who have no consent to the coordination team on
    /// record at all (imported people, until someone records what they said), by reference;
    /// the first `limit` of them. Read from the caseload's maintained facts (migration 0015);
    /// when most people are in the list, the reference index is walked in order instead.
    static func withoutCoordinationConsent(limit: Int = Int.max, _ db: Database) throws -> [(individualID: Int64, ref: String, name: String)] {
        let counts = try CaseloadStore.counts(db)
        let common = (counts["without_coordination_consent"] ?? 0) * 10 > (counts["everyone"] ?? 0)
        return try db.query(
            """
            SELECT i.id, i.ref, i.preferred_name FROM individuals i JOIN caseload_facts f ON f.individual_id = i.id
            WHERE \(common ? "+" : "")f.without_coordination_consent = 1
            ORDER BY i.ref LIMIT ?
            """, limit
        ).map { row in (try row.get("id"), try row.get("ref"), try row.get("preferred_name")) }
    }

    static func setLawfulBasis(individualID: Int64, holding: LawfulBasis, sharing: LawfulBasis, note: String, by userID: Int64?, now: Date, _ db: Database) throws {
        try db.execute(
            """
            INSERT INTO lawful_bases (individual_id, holding, sharing, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (individual_id) DO UPDATE SET holding = excluded.holding, sharing = excluded.sharing, note = excluded.note,
                recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
            """, individualID, holding.rawValue, sharing.rawValue, note, userID, now)
    }

    static func lawfulBasis(_ individualID: Int64, _ db: Database) throws -> (holding: LawfulBasis, sharing: LawfulBasis, note: String)? {
        try db.queryOne("SELECT holding, sharing, note FROM lawful_bases WHERE individual_id = ?", individualID).map { row in
            ((try row.vocabulary("holding") as LawfulBasis), (try row.vocabulary("sharing") as LawfulBasis),
             try row.get("note"))
        }
    }
}
