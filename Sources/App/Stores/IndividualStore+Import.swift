import Domain
import Foundation
import SQLite

/// Importing people (REPORTS.md, `people`): rows are matched on `ref` and written through the
/// same functions as the referral form, so one place writes an individual.
extension IndividualStore {
    /// Every person's id and the day their support opened, by reference.
    static func byReference(_ db: Database) throws -> [String: (id: Int64, openedOn: CalendarDate?)] {
        var result: [String: (Int64, CalendarDate?)] = [:]
        try db.forEachRow("SELECT ref, id, opened_on FROM individuals") { row in
            result[try row.get(0)] = (try row.get(1), (try row.get(2) as String?).flatMap(CalendarDate.init(iso:)))
        }
        return result
    }

    /// Adds the person of an import row: a referral on its `referred_on`, or when the file has
    /// none on the day support opened (or `today`),
    /// with the lawful basis only and no consent nobody gave, then their status as the row says.
    static func createImported(_ row: PersonRow, note: String, today: CalendarDate, by userID: Int64?, now: Date, _ db: Database) throws -> Int64 {
        let referredOn = row.referredOn ?? row.openedOn ?? today
        let referral = Referral(
            preferredName: row.preferredName, legalName: row.legalName, dateOfBirth: row.dateOfBirth, district: row.district,
            cohortGroup: row.cohortGroup, referralSource: row.referralSource, referredOn: referredOn,
            disadvantages: Dictionary(uniqueKeysWithValues: row.disadvantages.map { ($0, referredOn) }))
        let id = try create(referral, ref: row.ref, consent: .notRecorded, by: userID, now: now, db).id
        if row.status != .referred {
            try writeImportedFields(id, row, now: now, db)
            try recordImportedStatus(id, row, note: note, today: today, by: userID, now: now, db)
        }
        return id
    }

    /// What the store holds of one person, as the import compares it: store to store, never
    /// shown on a page (pages get `IndividualRecord`, whose fields are guarded).
    private struct StoredPerson {
        let preferredName: String
        let legalName: String?
        let dateOfBirth: CalendarDate?
        let district: District
        let cohortGroup: CohortGroup
        let referralSource: String?
        let status: CaseStatus
        let openedOn: CalendarDate?
        let closedOn: CalendarDate?
        let closureReason: ClosureReason?
        let referredOn: CalendarDate?
        let disadvantages: [Disadvantage: CalendarDate]
    }

    private static func stored(_ id: Int64, _ db: Database) throws -> StoredPerson? {
        guard let row = try db.queryOne("SELECT * FROM individuals WHERE id = ?", id) else { return nil }
        var disadvantages: [Disadvantage: CalendarDate] = [:]
        for item in try db.query("SELECT kind, recorded_on FROM individual_disadvantages WHERE individual_id = ?", id) {
            disadvantages[try item.vocabulary("kind")] = try requiredDate(item, "recorded_on")
        }
        return StoredPerson(
            preferredName: try row.get("preferred_name"), legalName: try row.get("legal_name"),
            dateOfBirth: try date(row, "date_of_birth"), district: try row.vocabulary("district"),
            cohortGroup: try row.vocabulary("cohort_group"), referralSource: try row.get("referral_source"),
            status: try row.vocabulary("status"), openedOn: try date(row, "opened_on"), closedOn: try date(row, "closed_on"),
            closureReason: try row.optionalVocabulary("closure_reason"),
            referredOn: try date(row, "referred_on"), disadvantages: disadvantages)
    }

    /// Whether the stored person already holds exactly what the import row says.
    static func holdsImported(_ id: Int64, _ row: PersonRow, _ db: Database) throws -> Bool {
        guard let person = try stored(id, db) else { return false }
        return person.preferredName == row.preferredName && person.legalName == row.legalName && person.dateOfBirth == row.dateOfBirth
            && person.district == row.district && person.cohortGroup == row.cohortGroup && person.referralSource == row.referralSource
            && person.status == row.status && person.openedOn == row.openedOn && person.closedOn == row.closedOn
            && person.closureReason == row.closureReason && (row.referredOn == nil || person.referredOn == row.referredOn)
            && Set(person.disadvantages.keys) == row.disadvantages
    }

    /// Writes an import row over the stored person: disadvantages already recorded keep their
    /// date, new ones are dated when support opened (or `today`); a new status goes into the history.
    static func applyImported(_ id: Int64, _ row: PersonRow, note: String, today: CalendarDate, by userID: Int64?, now: Date, _ db: Database) throws {
        guard let person = try stored(id, db) else { throw AppError.notFound }
        try writeImportedFields(id, row, now: now, db)
        let recordedOn = row.openedOn ?? today
        try setDisadvantages(id, Dictionary(uniqueKeysWithValues: row.disadvantages.map { ($0, person.disadvantages[$0] ?? recordedOn) }), db)
        if person.status != row.status { try recordImportedStatus(id, row, note: note, today: today, by: userID, now: now, db) }
    }

    private static func writeImportedFields(_ id: Int64, _ row: PersonRow, now: Date, _ db: Database) throws {
        try db.execute(
            """
            UPDATE individuals SET preferred_name = ?, legal_name = ?, date_of_birth = ?, district = ?, cohort_group = ?,
                referral_source = ?, status = ?, opened_on = ?, closed_on = ?, closure_reason = ?,
                referred_on = COALESCE(?, referred_on), updated_at = ? WHERE id = ?
            """,
            row.preferredName, row.legalName, row.dateOfBirth?.iso, row.district.rawValue, row.cohortGroup.rawValue,
            row.referralSource, row.status.rawValue, row.openedOn?.iso, row.closedOn?.iso, row.closureReason?.rawValue, row.referredOn?.iso, now, id)
    }

    private static func recordImportedStatus(
        _ id: Int64, _ row: PersonRow, note: String, today: CalendarDate, by userID: Int64?, now: Date, _ db: Database
    ) throws {
        try recordStatus(
            id, row.status, on: (row.status == .closed ? row.closedOn : row.openedOn) ?? today, reason: row.closureReason,
            note: note, by: userID, now: now, db)
    }
}
