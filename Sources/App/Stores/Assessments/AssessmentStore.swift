import Domain
import Foundation
import SQLite

/// A stored assessment (NDT or Star): the current version, and how many versions it has.
struct StoredAssessment<Value: Sendable>: Sendable {
    let id: Int64
    let value: Value
    let version: Int
    let recordedBy: String?
    let recordedAt: Date
    let changeReason: String
    let extra: [String: String]
}

/// SQL for NDT assessments and Star readings. Column names come only from the closed
/// `NDTItem` and `StarArea` enums; every value is bound. Reading needs a `Readable` that
/// allows `assessments`.
enum AssessmentStore {
    private static let ndtColumns = NDTItem.allCases.map(\.rawValue)
    private static let starColumns = StarArea.allCases.map(\.rawValue)

    @discardableResult
    static func addNDT(_ assessment: NDTAssessment, individualID: Int64, by userID: Int64?, now: Date, _ db: Database) throws -> Int64 {
        try insertNDT(assessment, assessmentID: nil, version: 1, reason: "", individualID: individualID, by: userID, now: now, db)
    }

    static func correctNDT(
        _ assessmentID: Int64, _ assessment: NDTAssessment, reason: String, individualID: Int64, by userID: Int64?, now: Date, _ db: Database
    ) throws {
        guard let version: Int = try db.scalar(
            "SELECT max(version) FROM ndt_assessments WHERE assessment_id = ? AND individual_id = ?", assessmentID, individualID)
        else { throw AppError.notFound }
        _ = try insertNDT(assessment, assessmentID: assessmentID, version: version + 1, reason: reason, individualID: individualID, by: userID, now: now, db)
    }

    private static func insertNDT(
        _ assessment: NDTAssessment, assessmentID: Int64?, version: Int, reason: String, individualID: Int64, by userID: Int64?,
        now: Date, _ db: Database
    ) throws -> Int64 {
        let columns = ["assessment_id", "version", "individual_id", "assessed_on"] + ndtColumns
            + ["period_note", "change_reason", "recorded_by", "recorded_at"]
        var values: [(any SQLBindable)?] = [assessmentID ?? 0, version, individualID, assessment.assessedOn.iso]
        values += NDTItem.allCases.map { assessment.rating($0) }
        values += [assessment.periodNote ?? "", reason, userID, now]
        try db.execute(insertSQL("ndt_assessments", columns), arguments: values)
        let id = db.lastInsertRowID
        if assessmentID == nil { try db.execute("UPDATE ndt_assessments SET assessment_id = ? WHERE id = ?", id, id) }
        try IndividualStore.touch(individualID, now: now, db)
        return assessmentID ?? id
    }

    @discardableResult
    static func addStar(_ reading: StarReading, tookPart: String, note: String, individualID: Int64, by userID: Int64?, now: Date, _ db: Database) throws -> Int64 {
        try insertStar(reading, readingID: nil, version: 1, tookPart: tookPart, note: note, reason: "", individualID: individualID, by: userID, now: now, db)
    }

    static func correctStar(
        _ readingID: Int64, _ reading: StarReading, tookPart: String, note: String, reason: String, individualID: Int64, by userID: Int64?,
        now: Date, _ db: Database
    ) throws {
        guard let version: Int = try db.scalar(
            "SELECT max(version) FROM star_readings WHERE reading_id = ? AND individual_id = ?", readingID, individualID)
        else { throw AppError.notFound }
        _ = try insertStar(reading, readingID: readingID, version: version + 1, tookPart: tookPart, note: note, reason: reason, individualID: individualID, by: userID, now: now, db)
    }

    private static func insertStar(
        _ reading: StarReading, readingID: Int64?, version: Int, tookPart: String, note: String, reason: String, individualID: Int64,
        by userID: Int64?, now: Date, _ db: Database
    ) throws -> Int64 {
        let columns = ["reading_id", "version", "individual_id", "assessed_on", "star_version"] + starColumns
            + ["took_part", "note", "change_reason", "recorded_by", "recorded_at"]
        var values: [(any SQLBindable)?] = [readingID ?? 0, version, individualID, reading.assessedOn.iso, reading.version]
        values += StarArea.allCases.map { reading.score($0) }
        values += [tookPart, note, reason, userID, now]
        try db.execute(insertSQL("star_readings", columns), arguments: values)
        let id = db.lastInsertRowID
        if readingID == nil { try db.execute("UPDATE star_readings SET reading_id = ? WHERE id = ?", id, id) }
        try IndividualStore.touch(individualID, now: now, db)
        return readingID ?? id
    }

    /// The current version of every NDT assessment, oldest first; nil when not readable.
    static func ndt(_ individualID: Int64, _ readable: Readable, _ db: Database) throws -> [StoredAssessment<NDTAssessment>]? {
        guard readable.allows(.assessments) else { return nil }
        return try latest("ndt_assessments", "assessment_id", individualID, db).map { row in
            let value = NDTAssessment(
                ratings: Dictionary(uniqueKeysWithValues: try NDTItem.allCases.map { ($0, try row.get($0.rawValue) as Int) }),
                assessedOn: try IndividualStore.date(row, "assessed_on") ?? CalendarDate(year: 2000, month: 1, day: 1)!,
                periodNote: { let note: String = (try? row.get("period_note")) ?? ""; return note.isEmpty ? nil : note }())
            return try stored(row, "assessment_id", value, extra: [:])
        }
    }

    /// The current version of every Star reading, oldest first; nil when not readable.
    static func star(_ individualID: Int64, _ readable: Readable, _ db: Database) throws -> [StoredAssessment<StarReading>]? {
        guard readable.allows(.assessments) else { return nil }
        return try latest("star_readings", "reading_id", individualID, db).map { row in
            let value = StarReading(
                scores: Dictionary(uniqueKeysWithValues: try StarArea.allCases.map { ($0, try row.get($0.rawValue) as Int) }),
                assessedOn: try IndividualStore.date(row, "assessed_on") ?? CalendarDate(year: 2000, month: 1, day: 1)!,
                version: try row.get("star_version"))
            return try stored(row, "reading_id", value, extra: ["tookPart": try row.get("took_part"), "note": try row.get("note")])
        }
    }

    /// The current version's id and scores (in `StarArea` order) of the reading on `day`, if any.
    static func currentStar(individualID: Int64, on day: CalendarDate, _ db: Database) throws -> (id: Int64, scores: [Int])? {
        try current("star_readings", "reading_id", starColumns, individualID, day, db)
    }

    /// The current version's id and ratings (in `NDTItem` order) of the assessment on `day`, if any.
    static func currentNDT(individualID: Int64, on day: CalendarDate, _ db: Database) throws -> (id: Int64, scores: [Int])? {
        try current("ndt_assessments", "assessment_id", ndtColumns, individualID, day, db)
    }

    private static func current(
        _ table: String, _ key: String, _ columns: [String], _ individualID: Int64, _ day: CalendarDate, _ db: Database
    ) throws -> (id: Int64, scores: [Int])? {
        guard let row = try db.queryOne(
            "SELECT \(key), \(columns.joined(separator: ", ")) FROM \(table) WHERE individual_id = ? AND assessed_on = ? ORDER BY version DESC LIMIT 1",
            individualID, day.iso)
        else { return nil }
        return (try row.get(0), try (1...columns.count).map { try row.get($0) })
    }

    private static func latest(_ table: String, _ key: String, _ individualID: Int64, _ db: Database) throws -> [Row] {
        try db.query(
            """
            SELECT a.*, u.display_name AS recorded_by_name FROM \(table) a LEFT JOIN users u ON u.id = a.recorded_by
            WHERE a.individual_id = ? AND NOT EXISTS (SELECT 1 FROM \(table) b WHERE b.\(key) = a.\(key) AND b.version > a.version)
            ORDER BY a.assessed_on, a.\(key)
            """, individualID)
    }

    private static func stored<Value>(_ row: Row, _ key: String, _ value: Value, extra: [String: String]) throws -> StoredAssessment<Value> {
        StoredAssessment(
            id: try row.get(key), value: value, version: try row.get("version"), recordedBy: try row.get("recorded_by_name"),
            recordedAt: try row.get("recorded_at"), changeReason: try row.get("change_reason"), extra: extra)
    }

    static func insertSQL(_ table: String, _ columns: [String]) -> String {
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))"
    }
}
