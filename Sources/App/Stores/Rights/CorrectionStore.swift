import Domain
import Foundation
import SQLite

/// One change to a detail on a person's record: what it was, what it became, who and when.
struct RecordCorrection: Sendable {
    let field: String
    let category: InformationCategory?
    let oldValue: String
    let newValue: String
    let correctedBy: String?
    let correctedAt: Date
}

/// SQL for the history of corrected details. "Change details" overwrites the record's fields, so
/// each change is kept here, in the same transaction; story entries and assessments keep their
/// own versions (`StoryStore.amend`, `AssessmentStore.correct…`).
enum CorrectionStore {
    /// Saves the changed details and keeps a row for each field whose value changed.
    static func updateDetailsKeepingHistory(_ id: Int64, _ referral: Referral, by userID: Int64?, now: Date, _ db: Database) throws {
        let before = try details(id, db)
        try IndividualStore.updateDetails(id, referral, now: now, db)
        for (old, new) in zip(before, try details(id, db)) where old.value != new.value {
            try db.execute(
                """
                INSERT INTO record_corrections (individual_id, field, category, old_value, new_value, corrected_by, corrected_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, id, old.field, old.category?.rawValue, old.value, new.value, userID, now)
        }
    }

    /// The corrections the reader may see (a field's category must be readable), newest first.
    static func corrections(_ id: Int64, _ readable: Readable, _ db: Database) throws -> [RecordCorrection] {
        try db.query(
            """
            SELECT c.*, u.display_name AS corrected_by_name FROM record_corrections c LEFT JOIN users u ON u.id = c.corrected_by
            WHERE c.individual_id = ? ORDER BY c.id DESC
            """, id
        ).compactMap { row in
            let category: InformationCategory? = try row.optionalVocabulary("category")
            if let category, !readable.allows(category) { return nil }
            return RecordCorrection(
                field: try row.get("field"), category: category, oldValue: try row.get("old_value"), newValue: try row.get("new_value"),
                correctedBy: try row.get("corrected_by_name"), correctedAt: try row.get("corrected_at"))
        }
    }

    /// The details "Change details" saves, as shown: field, category (nil for whom a related user
    /// is dealing with) and value.
    private static func details(_ id: Int64, _ db: Database) throws -> [(field: String, category: InformationCategory?, value: String)] {
        guard let row = try db.queryOne(
            """
            SELECT i.preferred_name, i.legal_name, i.date_of_birth, d.name AS district, i.cohort_group, i.referral_source, i.referred_on
            FROM individuals i JOIN districts d ON d.slug = i.district WHERE i.id = ?
            """, id)
        else { throw AppError.notFound }
        func text(_ column: String) throws -> String { (try row.get(column) as String?) ?? "(none)" }
        var fields: [(field: String, category: InformationCategory?, value: String)] = [
            ("Preferred name", nil, try text("preferred_name")), ("Legal name", .contactDetails, try text("legal_name")),
            ("Date of birth", .contactDetails, try text("date_of_birth")), ("District", nil, try text("district")),
            ("Cohort group", .notes, try text("cohort_group")), ("Referred by", .notes, try text("referral_source")),
            ("Referred on", .notes, try text("referred_on")),
        ]
        let recorded: [String: String] = Dictionary(uniqueKeysWithValues: try db.query(
            "SELECT kind, recorded_on FROM individual_disadvantages WHERE individual_id = ?", id
        ).map { (try $0.get("kind"), try $0.get("recorded_on")) })
        for kind in Disadvantage.allCases {
            fields.append((kind.title, kind.category, recorded[kind.rawValue].map { "recorded on \($0)" } ?? "not recorded"))
        }
        return fields
    }
}
