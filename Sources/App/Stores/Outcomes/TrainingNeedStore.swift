import Domain
import Foundation
import SQLite

/// An open or met training need as the pages list it.
struct TrainingNeedRecord: Sendable {
    let id: Int64
    let trustedPersonID: Int64
    let trustedPersonName: String
    let organisationName: String?
    let course: TrainingCourse
    let note: String
    let flaggedAs: TrainingNeedSource
    let flaggedByName: String
    let flaggedAt: Date
}

/// SQL for training needs (`training_needs`, the 0019 migration): flagged for a trusted person,
/// met when they attend a session of the course (`TrainingNeedRules`).
enum TrainingNeedStore {
    private static let select = """
        SELECT n.id, n.trusted_person_id, t.name AS trusted_name, o.name AS organisation_name, n.course, n.note,
               n.flagged_as, u.display_name AS flagged_by_name, n.flagged_at
        FROM training_needs n JOIN trusted_people t ON t.id = n.trusted_person_id
        LEFT JOIN organisations o ON o.id = t.organisation_id JOIN users u ON u.id = n.flagged_by
        """

    /// Flags a need; the caller has checked there is no open need for the same course.
    static func flag(
        trustedPersonID: Int64, course: TrainingCourse, note: String, by userID: Int64, as source: TrainingNeedSource, now: Date,
        _ db: Database
    ) throws {
        try db.execute(
            """
            INSERT INTO training_needs (trusted_person_id, course, note, flagged_by, flagged_as, flagged_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """, trustedPersonID, course.rawValue, note, userID, source.rawValue, now)
    }

    /// Whether the trusted person has an open need for the course.
    static func isOpen(trustedPersonID: Int64, course: TrainingCourse, _ db: Database) throws -> Bool {
        let found: Int? = try db.scalar(
            "SELECT 1 FROM training_needs WHERE trusted_person_id = ? AND course = ? AND met_at IS NULL", trustedPersonID, course.rawValue)
        return found != nil
    }

    /// Open needs, oldest first: of one organisation's trusted persons, or of everyone.
    static func open(organisationID: Int64?, _ db: Database) throws -> [TrainingNeedRecord] {
        if let organisationID {
            return try db.query(select + " WHERE n.met_at IS NULL AND t.organisation_id = ? ORDER BY n.flagged_at, n.id", organisationID)
                .map(record)
        }
        return try db.query(select + " WHERE n.met_at IS NULL ORDER BY n.flagged_at, n.id").map(record)
    }

    /// One trusted person's open needs, oldest first.
    static func open(trustedPersonIDs: [Int64], _ db: Database) throws -> [TrainingNeedRecord] {
        guard !trustedPersonIDs.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: trustedPersonIDs.count).joined(separator: ", ")
        return try db.query(
            select + " WHERE n.met_at IS NULL AND n.trusted_person_id IN (\(marks)) ORDER BY n.flagged_at, n.id",
            arguments: trustedPersonIDs.map { $0 as (any SQLBindable)? }
        ).map(record)
    }

    /// Open needs for one course, oldest first (the session page offers these people first).
    static func open(course: TrainingCourse, _ db: Database) throws -> [TrainingNeedRecord] {
        try db.query(select + " WHERE n.met_at IS NULL AND n.course = ? ORDER BY n.flagged_at, n.id", course.rawValue).map(record)
    }

    /// Open needs in all, for the manager's counts.
    static func openCount(_ db: Database) throws -> Int {
        try db.scalar("SELECT count(*) FROM training_needs WHERE met_at IS NULL") ?? 0
    }

    /// Marks the trusted person's open needs that attending a session of `course` meets.
    static func meet(trustedPersonID: Int64, course: TrainingCourse, sessionID: Int64, now: Date, _ db: Database) throws {
        let open = try db.query(
            "SELECT id, course FROM training_needs WHERE trusted_person_id = ? AND met_at IS NULL", trustedPersonID)
        for row in open {
            let needed: TrainingCourse = try row.vocabulary("course")
            guard TrainingNeedRules.isMet(needed: needed, byAttending: course) else { continue }
            let id: Int64 = try row.get("id")
            try db.execute("UPDATE training_needs SET met_by_session_id = ?, met_at = ? WHERE id = ?", sessionID, now, id)
        }
    }

    private static func record(_ row: Row) throws -> TrainingNeedRecord {
        TrainingNeedRecord(
            id: try row.get("id"), trustedPersonID: try row.get("trusted_person_id"), trustedPersonName: try row.get("trusted_name"),
            organisationName: try row.get("organisation_name"), course: try row.vocabulary("course"), note: try row.get("note"),
            flaggedAs: try row.vocabulary("flagged_as"), flaggedByName: try row.get("flagged_by_name"), flaggedAt: try row.get("flagged_at"))
    }
}
