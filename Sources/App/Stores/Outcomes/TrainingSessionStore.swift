import Domain
import Foundation
import SQLite

/// A training session as the coordinators' pages list it.
struct TrainingSessionRecord: Sendable {
    let id: Int64
    let course: TrainingCourse
    let heldOn: CalendarDate
    let provider: String?
    let places: Int?
    let attendees: Int
}

/// One trusted person recorded at a session.
struct TrainingAttendee: Sendable {
    let trustedPersonID: Int64
    let name: String
    let organisationName: String?
}

/// SQL for the sessions coordinators record (`training_sessions`, `training_attendance`; the
/// report's `training` import writes the same tables through `TrainingStore`).
enum TrainingSessionStore {
    private static let select = """
        SELECT s.id, s.course, s.held_on, s.provider, s.places,
               (SELECT count(*) FROM training_attendance a WHERE a.session_id = s.id) AS attendees
        FROM training_sessions s
        """

    /// Records a session (course, day, provider and places when known); returns its id.
    static func create(
        course: TrainingCourse, heldOn: CalendarDate, provider: String?, places: Int?, by userID: Int64, now: Date, _ db: Database
    ) throws -> Int64 {
        try db.execute(
            "INSERT INTO training_sessions (course, held_on, provider, places, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            course.rawValue, heldOn.iso, provider, places, userID, now)
        return db.lastInsertRowID
    }

    /// The latest sessions, latest day first.
    static func recent(limit: Int, _ db: Database) throws -> [TrainingSessionRecord] {
        try db.query(select + " ORDER BY s.held_on DESC, s.id DESC LIMIT ?", limit).map(record)
    }

    static func find(id: Int64, _ db: Database) throws -> TrainingSessionRecord? {
        try db.queryOne(select + " WHERE s.id = ?", id).map(record)
    }

    /// Who attended the session, by name.
    static func attendees(sessionID: Int64, _ db: Database) throws -> [TrainingAttendee] {
        try db.query(
            """
            SELECT t.id, t.name, o.name AS organisation_name FROM training_attendance a
            JOIN trusted_people t ON t.id = a.trusted_person_id LEFT JOIN organisations o ON o.id = t.organisation_id
            WHERE a.session_id = ? ORDER BY t.name COLLATE NOCASE, t.id
            """, sessionID
        ).map { row in
            TrainingAttendee(trustedPersonID: try row.get("id"), name: try row.get("name"), organisationName: try row.get("organisation_name"))
        }
    }

    /// Records that each trusted person attended the session (those already recorded are left
    /// as they are) and meets their open needs for its course; returns how many were added.
    static func attend(
        session: TrainingSessionRecord, trustedPersonIDs: [Int64], by userID: Int64, now: Date, _ db: Database
    ) throws -> Int {
        var added = 0
        for id in trustedPersonIDs {
            try db.execute(
                """
                INSERT OR IGNORE INTO training_attendance (session_id, trusted_person_id, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?)
                """, session.id, id, userID, now)
            added += db.changes
            try TrainingNeedStore.meet(trustedPersonID: id, course: session.course, sessionID: session.id, now: now, db)
        }
        return added
    }

    private static func record(_ row: Row) throws -> TrainingSessionRecord {
        TrainingSessionRecord(
            id: try row.get("id"), course: try row.vocabulary("course"), heldOn: try IndividualStore.requiredDate(row, "held_on"),
            provider: try row.get("provider"), places: try row.get("places"), attendees: try row.get("attendees"))
    }
}
