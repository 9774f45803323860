import Domain
import Foundation
import SQLite

/// SQL for training (tables `training_sessions` and `training_attendance`, see the 0016
/// migration): a session is a course held on a day (with its provider and places when known);
/// attendance links a trusted person to a session. Recording attendance for a course and day
/// joins the session of that course, day and provider if one exists, else creates it; it meets
/// the trusted person's open needs for the course (`TrainingNeedRules`).
enum TrainingStore {
    /// One attendance as the trusted person's page lists it.
    struct Attended {
        let course: TrainingCourse
        let heldOn: CalendarDate
        let provider: String?
    }

    /// Records that the trusted person attended; returns false (and writes nothing) when they
    /// are already recorded at a session of that course on that day.
    @discardableResult
    static func record(
        _ attendance: TrainingAttendance, trustedPersonID: Int64, by userID: Int64?, now: Date, _ db: Database
    ) throws -> Bool {
        if try hasAttended(trustedPersonID: trustedPersonID, course: attendance.course, on: attendance.attendedOn, db) { return false }
        let sessionID = try session(attendance, by: userID, now: now, db)
        try db.execute(
            "INSERT INTO training_attendance (session_id, trusted_person_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?)",
            sessionID, trustedPersonID, userID, now)
        try TrainingNeedStore.meet(trustedPersonID: trustedPersonID, course: attendance.course, sessionID: sessionID, now: now, db)
        return true
    }

    /// Whether the trusted person is recorded at a session of `course` held on `day`.
    static func hasAttended(trustedPersonID: Int64, course: TrainingCourse, on day: CalendarDate, _ db: Database) throws -> Bool {
        let found: Int? = try db.scalar(
            """
            SELECT 1 FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id
            WHERE a.trusted_person_id = ? AND s.course = ? AND s.held_on = ?
            """, trustedPersonID, course.rawValue, day.iso)
        return found != nil
    }

    /// The training the trusted person attended, latest first.
    static func attended(trustedPersonID: Int64, _ db: Database) throws -> [Attended] {
        try db.query(
            """
            SELECT s.course, s.held_on, s.provider FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id
            WHERE a.trusted_person_id = ? ORDER BY s.held_on DESC, s.id DESC
            """, trustedPersonID
        ).map { row in
            Attended(course: try row.vocabulary("course"), heldOn: try IndividualStore.requiredDate(row, "held_on"), provider: try row.get("provider"))
        }
    }

    /// The session of the course, day and provider (no provider matches no provider), created
    /// when there is none; places given now fill in places not yet known.
    private static func session(_ attendance: TrainingAttendance, by userID: Int64?, now: Date, _ db: Database) throws -> Int64 {
        if let id: Int64 = try db.scalar(
            "SELECT id FROM training_sessions WHERE course = ? AND held_on = ? AND provider IS ? ORDER BY id LIMIT 1",
            attendance.course.rawValue, attendance.attendedOn.iso, attendance.provider)
        {
            if let places = attendance.places {
                try db.execute("UPDATE training_sessions SET places = ? WHERE id = ? AND places IS NULL", places, id)
            }
            return id
        }
        try db.execute(
            "INSERT INTO training_sessions (course, held_on, provider, places, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            attendance.course.rawValue, attendance.attendedOn.iso, attendance.provider, attendance.places, userID, now)
        return db.lastInsertRowID
    }
}

extension TrainingStore {
    /// The latest day each of an organisation's trusted persons attended `course`, by id.
    static func latestAttendance(organisationID: Int64, course: TrainingCourse, _ db: Database) throws -> [Int64: CalendarDate] {
        var found: [Int64: CalendarDate] = [:]
        for row in try db.query(
            """
            SELECT a.trusted_person_id, max(s.held_on) AS held_on FROM training_attendance a
            JOIN training_sessions s ON s.id = a.session_id JOIN trusted_people t ON t.id = a.trusted_person_id
            WHERE t.organisation_id = ? AND s.course = ? GROUP BY a.trusted_person_id
            """, organisationID, course.rawValue)
        {
            found[try row.get(0)] = try IndividualStore.requiredDate(row, "held_on")
        }
        return found
    }
}
