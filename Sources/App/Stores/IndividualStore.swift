import Domain
import Foundation
import SQLite

/// An individual's record as the app shows it. Whom a related user is dealing with (preferred
/// name, reference, district, case status and its dates) is plain; everything else is
/// `Guarded` under its consent category and reaches a page only through a `Readable`.
struct IndividualRecord: Sendable {
    let id: Int64
    let ref: String
    let preferredName: String
    let district: District
    let status: CaseStatus
    let openedOn: CalendarDate?
    let closedOn: CalendarDate?
    let userID: Int64?
    let legalName: Guarded<String?>
    let dateOfBirth: Guarded<CalendarDate?>
    let cohortGroup: Guarded<CohortGroup>
    let referralSource: Guarded<String?>
    let referredOn: Guarded<CalendarDate>
    let closureReason: Guarded<ClosureReason?>
    let eligibilityException: Guarded<String?>
    /// Every disadvantage recorded, each under its own category.
    let disadvantages: [Disadvantage: Guarded<CalendarDate>]

    /// The disadvantages `readable` lets the reader see, with their dates.
    func disadvantages(_ readable: Readable) -> [Disadvantage: CalendarDate] {
        disadvantages.compactMapValues { $0.open(readable) }
    }

    /// Eligibility, only for a reader who may see all five disadvantages and the notes (a count
    /// of three would otherwise tell what is hidden).
    func eligibility(_ readable: Readable) -> Eligibility? {
        guard Disadvantage.allCases.allSatisfy({ readable.categories.contains($0.category) }), readable.categories.contains(.notes)
        else { return nil }
        return Eligibility(disadvantages: disadvantages(readable).keys, exceptionReason: eligibilityException.open(readable) ?? nil)
    }
}

/// One change of case status.
struct StatusEvent: Sendable {
    let status: CaseStatus
    let effectiveOn: CalendarDate
    let closureReason: ClosureReason?
    let note: String
    let recordedBy: String?
    let recordedAt: Date
}

/// What was recorded about the person's consent to the coordination team with their referral.
enum ConsentAtReferral: Sendable {
    /// The person agreed, in words, with the coordinator taking the referral.
    case givenVerbally
    /// Nobody has asked the person yet (an import): only the lawful basis is recorded, and the
    /// caseload lists them as "no consent recorded" until someone records what they said.
    case notRecorded
}

/// SQL for individuals, their disadvantages and their status history.
enum IndividualStore {
    /// The purpose of the consent to the coordination team recorded at every referral.
    static let coordinationPurpose = "Coordinating support under the Trusted Person approach, as agreed at referral."

    /// The next never-used `CF-` reference: past every number already taken, imported or not.
    static func nextReference(_ db: Database) throws -> String {
        let highest: Int? = try db.scalar(
            "SELECT max(CAST(substr(ref, 4) AS INTEGER)) FROM individuals WHERE ref GLOB 'CF-[0-9]*'")
        try db.execute("UPDATE reference_sequence SET last_number = max(last_number, ?) + 1 WHERE id = 1", highest ?? 0)
        let number: Int = try db.scalar("SELECT last_number FROM reference_sequence WHERE id = 1") ?? 1
        return PersonReference.format(number)
    }

    /// Records a referral under a new reference, or under `ref` when importing one, with the
    /// lawful basis and, only when the person gave it, their consent to the coordination team.
    static func create(
        _ referral: Referral, ref given: String? = nil, consent: ConsentAtReferral, by userID: Int64?, now: Date,
        _ db: Database
    ) throws -> (id: Int64, ref: String) {
        let ref = try given ?? nextReference(db)
        try db.execute(
            """
            INSERT INTO individuals (ref, preferred_name, legal_name, date_of_birth, district, cohort_group,
                referral_source, status, referred_on, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'referred', ?, ?, ?)
            """,
            ref, referral.preferredName, referral.legalName, referral.dateOfBirth?.iso, referral.district.rawValue,
            referral.cohortGroup.rawValue, referral.referralSource, referral.referredOn.iso, now, now)
        let id = db.lastInsertRowID
        try setDisadvantages(id, referral.disadvantages, db)
        try recordStatus(id, .referred, on: referral.referredOn, reason: nil, note: "", by: userID, now: now, db)
        if consent == .givenVerbally {
            _ = try ConsentStore.record(
                individualID: id, recipient: .coordinationTeam, categories: Set(InformationCategory.allCases),
                purpose: coordinationPurpose, method: .verbal, givenOn: referral.referredOn,
                reviewBy: ConsentPolicy.defaultReviewDate(givenOn: referral.referredOn), by: userID, now: now, db)
        }
        try ConsentStore.setLawfulBasis(
            individualID: id, holding: .publicTask, sharing: .publicTask,
            note: "Recorded at referral; check it against the partnership's data-sharing agreement.", by: userID, now: now, db)
        return (id, ref)
    }

    static func updateDetails(_ id: Int64, _ referral: Referral, now: Date, _ db: Database) throws {
        try db.execute(
            """
            UPDATE individuals SET preferred_name = ?, legal_name = ?, date_of_birth = ?, district = ?, cohort_group = ?,
                referral_source = ?, referred_on = ?, updated_at = ? WHERE id = ?
            """,
            referral.preferredName, referral.legalName, referral.dateOfBirth?.iso, referral.district.rawValue,
            referral.cohortGroup.rawValue, referral.referralSource, referral.referredOn.iso, now, id)
        try setDisadvantages(id, referral.disadvantages, db)
    }

    /// Whether the person meets the eligibility rule, for the rule that opening a case needs it
    /// (a check on a write, never shown as a field).
    static func eligibility(_ id: Int64, _ db: Database) throws -> Eligibility {
        let kinds: [Disadvantage] = try db.query("SELECT kind FROM individual_disadvantages WHERE individual_id = ?", id).map {
            try $0.vocabulary("kind")
        }
        let exception: String? = try db.scalar("SELECT eligibility_exception FROM individuals WHERE id = ?", id)
        return Eligibility(disadvantages: kinds, exceptionReason: exception)
    }

    /// The person's reference, for lists that show references only.
    static func reference(id: Int64, _ db: Database) throws -> String? {
        try db.scalar("SELECT ref FROM individuals WHERE id = ?", id)
    }

    /// Links the person's record to their own account.
    static func linkAccount(individualID: Int64, userID: Int64, _ db: Database) throws {
        try db.execute("UPDATE individuals SET user_id = ? WHERE id = ?", userID, individualID)
    }

    /// The first open person with an active primary trusted person and an Outcomes Star reading
    /// (the demo gives this record to its individual account).
    static func firstOpenWithCircleAndStar(_ db: Database) throws -> (id: Int64, name: String)? {
        guard let row = try db.queryOne(
            """
            SELECT i.id, i.preferred_name FROM individuals i WHERE i.status = 'open'
              AND EXISTS (SELECT 1 FROM trust_links l WHERE l.individual_id = i.id AND l.status = 'active' AND l.role = 'primary')
              AND EXISTS (SELECT 1 FROM star_readings s WHERE s.individual_id = i.id)
            ORDER BY i.id LIMIT 1
            """)
        else { return nil }
        return (try row.get("id"), try row.get("preferred_name"))
    }

    /// The record linked to an individual's own account.
    static func find(userID: Int64, _ db: Database) throws -> IndividualRecord? {
        let id: Int64? = try db.scalar("SELECT id FROM individuals WHERE user_id = ?", userID)
        return try id.flatMap { try find(id: $0, db) }
    }

    static func find(id: Int64, _ db: Database) throws -> IndividualRecord? {
        guard let row = try db.queryOne("SELECT * FROM individuals WHERE id = ?", id) else { return nil }
        var disadvantages: [Disadvantage: Guarded<CalendarDate>] = [:]
        for item in try db.query("SELECT kind, recorded_on FROM individual_disadvantages WHERE individual_id = ?", id) {
            let kind: Disadvantage = try item.vocabulary("kind")
            disadvantages[kind] = Guarded(kind.category, try requiredDate(item, "recorded_on"))
        }
        return IndividualRecord(
            id: try row.get("id"), ref: try row.get("ref"), preferredName: try row.get("preferred_name"),
            district: try row.vocabulary("district"), status: try row.vocabulary("status"),
            openedOn: try date(row, "opened_on"), closedOn: try date(row, "closed_on"), userID: try row.get("user_id"),
            legalName: Guarded(.contactDetails, try row.get("legal_name")),
            dateOfBirth: Guarded(.contactDetails, try date(row, "date_of_birth")),
            cohortGroup: Guarded(.notes, try row.vocabulary("cohort_group")),
            referralSource: Guarded(.notes, try row.get("referral_source")),
            referredOn: Guarded(.notes, try requiredDate(row, "referred_on")),
            closureReason: Guarded(.notes, try row.optionalVocabulary("closure_reason")),
            eligibilityException: Guarded(.notes, try row.get("eligibility_exception")),
            disadvantages: disadvantages)
    }

    /// Moves the case to `status` on `day`; the caller has checked the move is allowed.
    static func changeStatus(
        _ id: Int64, to status: CaseStatus, on day: CalendarDate, reason: ClosureReason?, note: String,
        by userID: Int64?, now: Date, _ db: Database
    ) throws {
        switch status {
        case .open:
            try db.execute(
                "UPDATE individuals SET status = 'open', opened_on = coalesce(opened_on, ?), closed_on = NULL, closure_reason = NULL, updated_at = ? WHERE id = ?",
                day.iso, now, id)
        case .closed:
            try db.execute(
                "UPDATE individuals SET status = 'closed', closed_on = ?, closure_reason = ?, updated_at = ? WHERE id = ?",
                day.iso, reason?.rawValue, now, id)
        case .referred:
            try db.execute("UPDATE individuals SET status = 'referred', updated_at = ? WHERE id = ?", now, id)
        }
        try recordStatus(id, status, on: day, reason: reason, note: note, by: userID, now: now, db)
    }

    static func setEligibilityException(_ id: Int64, _ reason: String?, now: Date, _ db: Database) throws {
        try db.execute("UPDATE individuals SET eligibility_exception = ?, updated_at = ? WHERE id = ?", reason, now, id)
    }

    /// Marks the record as changed now (for the caseload's "recently changed").
    static func touch(_ id: Int64, now: Date, _ db: Database) throws {
        try db.execute("UPDATE individuals SET updated_at = ? WHERE id = ?", now, id)
    }

    static func statusHistory(_ id: Int64, _ db: Database) throws -> [StatusEvent] {
        try db.query(
            """
            SELECT e.status, e.effective_on, e.closure_reason, e.note, e.recorded_at, u.display_name AS recorded_by
            FROM individual_status_events e LEFT JOIN users u ON u.id = e.recorded_by
            WHERE e.individual_id = ? ORDER BY e.id
            """, id
        ).map { row in
            StatusEvent(
                status: (try row.vocabulary("status") as CaseStatus),
                effectiveOn: try date(row, "effective_on") ?? CalendarDate(year: 2000, month: 1, day: 1)!,
                closureReason: (try row.optionalVocabulary("closure_reason") as ClosureReason?),
                note: try row.get("note"), recordedBy: try row.get("recorded_by"), recordedAt: try row.get("recorded_at"))
        }
    }

    static func recordStatus(
        _ id: Int64, _ status: CaseStatus, on day: CalendarDate, reason: ClosureReason?, note: String, by userID: Int64?,
        now: Date, _ db: Database
    ) throws {
        try db.execute(
            """
            INSERT INTO individual_status_events (individual_id, status, effective_on, closure_reason, note, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, id, status.rawValue, day.iso, reason?.rawValue, note, userID, now)
    }

    static func setDisadvantages(_ id: Int64, _ disadvantages: [Disadvantage: CalendarDate], _ db: Database) throws {
        try db.execute("DELETE FROM individual_disadvantages WHERE individual_id = ?", id)
        for (kind, on) in disadvantages.sorted(by: { $0.key < $1.key }) {
            try db.execute(
                "INSERT INTO individual_disadvantages (individual_id, kind, recorded_on) VALUES (?, ?, ?)",
                id, kind.rawValue, on.iso)
        }
    }

    static func date(_ row: Row, _ column: String) throws -> CalendarDate? {
        guard let text: String = try row.get(column) else { return nil }
        guard let date = CalendarDate(iso: text) else { throw UnknownStoredValue(column: column, value: text) }
        return date
    }

    /// A NOT NULL date column; an unreadable value throws.
    static func requiredDate(_ row: Row, _ column: String) throws -> CalendarDate {
        let text: String = try row.get(column)
        guard let date = CalendarDate(iso: text) else { throw UnknownStoredValue(column: column, value: text) }
        return date
    }
}
