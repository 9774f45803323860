import Domain
import Foundation
import SQLite

/// SQL for absences: a trusted person off sick or on leave keeps every link; the return ends
/// the absence and, if the coordinator says so, the interim cover given for it.
enum AbsenceStore {
    /// Records an absence; the caller has checked there is no open one.
    static func record(
        trustedPersonID: Int64, kind: AbsenceKind, from: CalendarDate, expectedReturn: CalendarDate, by userID: Int64?, now: Date,
        _ db: Database
    ) throws -> Int64 {
        try db.execute(
            """
            INSERT INTO absences (trusted_person_id, kind, from_on, expected_return_on, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """, trustedPersonID, kind.rawValue, from.iso, expectedReturn.iso, userID, now)
        return db.lastInsertRowID
    }

    /// The absence with no return recorded yet (it may not have begun).
    static func open(trustedPersonID: Int64, _ db: Database) throws -> Absence? {
        try db.queryOne(select + " WHERE trusted_person_id = ? AND returned_on IS NULL", trustedPersonID).map(absence)
    }

    /// The absence the person is in today, if any.
    static func current(trustedPersonID: Int64, today: CalendarDate, _ db: Database) throws -> Absence? {
        try open(trustedPersonID: trustedPersonID, db).flatMap { $0.isCurrent(today: today) ? $0 : nil }
    }

    /// Every absence in progress today, by trusted person, with the person's name.
    static func current(today: CalendarDate, _ db: Database) throws -> [Int64: (absence: Absence, name: String)] {
        let rows = try db.query(
            """
            SELECT a.*, t.name AS name FROM absences a JOIN trusted_people t ON t.id = a.trusted_person_id
            WHERE a.returned_on IS NULL AND a.from_on <= ?
            """, today.iso)
        var result: [Int64: (Absence, String)] = [:]
        for row in rows {
            let found = try absence(row)
            result[found.trustedPersonID] = (found, try row.get("name"))
        }
        return result
    }

    /// The trusted persons away today.
    static func awayIDs(today: CalendarDate, _ db: Database) throws -> Set<Int64> {
        Set(try current(today: today, db).keys)
    }

    /// Every absence of one trusted person, newest first.
    static func history(trustedPersonID: Int64, _ db: Database) throws -> [Absence] {
        try db.query(select + " WHERE trusted_person_id = ? ORDER BY from_on DESC, id DESC", trustedPersonID).map(absence)
    }

    /// Remembers that interim cover was given for this absence.
    static func addCover(absenceID: Int64, linkID: Int64, _ db: Database) throws {
        try db.execute("INSERT INTO absence_cover (absence_id, link_id) VALUES (?, ?)", absenceID, linkID)
    }

    /// The interim links given for this absence that are still active.
    static func activeCover(absenceID: Int64, _ db: Database) throws -> [Int64] {
        try db.query(
            """
            SELECT c.link_id FROM absence_cover c JOIN trust_links l ON l.id = c.link_id
            WHERE c.absence_id = ? AND l.status = 'active' ORDER BY c.link_id
            """, absenceID
        ).map { try $0.get("link_id") }
    }

    /// Ends the absence on `day`; with `endCover`, the interim cover given for it ends too.
    static func markReturned(
        _ absence: Absence, on day: CalendarDate, endCover: Bool, by userID: Int64?, now: Date, _ db: Database
    ) throws {
        try db.execute(
            "UPDATE absences SET returned_on = ?, return_recorded_by = ? WHERE id = ? AND returned_on IS NULL", day.iso, userID, absence.id)
        guard db.changes == 1 else { throw AppError.notFound }
        if endCover {
            for linkID in try activeCover(absenceID: absence.id, db) {
                try TrustLinkStore.end(linkID, on: day, reason: .other, by: userID, now: now, db)
            }
        }
    }

    /// The active links of these individuals, for showing who acts while someone is away.
    static func activeLinks(individualIDs: [Int64], _ db: Database) throws -> [Int64: [ExistingLink]] {
        guard !individualIDs.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: individualIDs.count).joined(separator: ", ")
        let rows = try db.query(
            """
            SELECT l.individual_id, l.trusted_person_id, t.name, l.role FROM trust_links l
            JOIN trusted_people t ON t.id = l.trusted_person_id
            WHERE l.status = 'active' AND l.individual_id IN (\(marks)) ORDER BY l.started_on, l.id
            """, arguments: individualIDs.map { $0 as (any SQLBindable)? })
        var result: [Int64: [ExistingLink]] = [:]
        for row in rows {
            let link = ExistingLink(
                trustedPersonID: try row.get("trusted_person_id"), name: try row.get("name"),
                role: try StoredVocabulary.decode(TrustRole.self, try row.get("role"), column: "trust_links.role"), status: .active)
            result[try row.get("individual_id"), default: []].append(link)
        }
        return result
    }

    private static let select =
        "SELECT id, trusted_person_id, kind, from_on, expected_return_on, returned_on FROM absences"

    private static func absence(_ row: Row) throws -> Absence {
        guard let from = try IndividualStore.date(row, "from_on"), let expected = try IndividualStore.date(row, "expected_return_on") else {
            throw SQLiteError(extendedCode: StoredVocabulary.mismatchCode, message: "unreadable date in absences")
        }
        return Absence(
            id: try row.get("id"), trustedPersonID: try row.get("trusted_person_id"),
            kind: try StoredVocabulary.decode(AbsenceKind.self, try row.get("kind"), column: "absences.kind"), from: from,
            expectedReturn: expected, returnedOn: try IndividualStore.date(row, "returned_on"))
    }
}
