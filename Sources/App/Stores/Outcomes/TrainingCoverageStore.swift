import Domain
import Foundation
import SQLite

/// Reads what `TrainingCoverage` is computed from, the same records the report reads (trusted
/// persons, links that became active, training attended), for one organisation or for all.
/// Ids and dates only: no names.
enum TrainingCoverageStore {
    /// The coverage's records.
    struct Records: Sendable {
        var trustedPersons: [ReportTrustedPerson] = []
        var links: [ReportLink] = []
        var training: [ReportTraining] = []
    }

    /// The records of one organisation's trusted persons, or (nil) of every trusted person.
    static func records(organisationID: Int64?, _ db: Database) throws -> Records {
        var records = Records()
        let filter = organisationID == nil ? "" : " WHERE t.organisation_id = ?"
        let arguments: [(any SQLBindable)?] = organisationID.map { [$0] } ?? []
        try db.forEachRow("SELECT t.id, t.kind, t.organisation_id FROM trusted_people t" + filter, arguments: arguments) { row in
            records.trustedPersons.append(
                ReportTrustedPerson(id: try row.get(0), kind: try row.vocabulary("kind"), organisationID: try row.get(2)))
        }
        let links = """
            SELECT l.individual_id, l.role, l.started_on, l.ended_on, l.trusted_person_id FROM trust_links l
            JOIN trusted_people t ON t.id = l.trusted_person_id WHERE l.status != 'proposed' AND t.kind = 'person'
            """
        /// One link read straight from the cursor (every link's dates, so no `Row` per link).
        func readLink(_ row: borrowing RowCursor) throws {
            let role = row.text(1) ?? ""
            guard let known = TrustRole(rawValue: role) else { throw UnknownStoredValue(column: "role", value: role) }
            records.links.append(ReportLink(
                personID: Int64(row.int(0)), role: known, startedOn: try day(row, 2, "started_on"),
                endedOn: row.isNull(3) ? nil : try day(row, 3, "ended_on"), trustedPersonID: Int64(row.int(4))))
        }
        if let organisationID {
            try db.forEachCursor(links + " AND t.organisation_id = ?", organisationID, body: readLink)
        } else {
            try db.forEachCursor(links, body: readLink)
        }
        try db.forEachRow(
            """
            SELECT a.trusted_person_id, s.course, s.held_on FROM training_attendance a
            JOIN training_sessions s ON s.id = a.session_id JOIN trusted_people t ON t.id = a.trusted_person_id
            WHERE s.course = ?
            """ + (organisationID == nil ? "" : " AND t.organisation_id = ?"),
            arguments: [TrainingCoverage.course.rawValue] + arguments
        ) { row in
            records.training.append(ReportTraining(
                trustedPersonID: try row.get(0), course: try row.vocabulary("course"), attendedOn: try IndividualStore.requiredDate(row, "held_on")))
        }
        return records
    }

    /// The column's day; a day that is not one throws.
    private static func day(_ row: borrowing RowCursor, _ index: Int, _ column: String) throws -> CalendarDate {
        let text = row.text(index) ?? ""
        guard let day = CalendarDate(iso: text) else { throw UnknownStoredValue(column: column, value: text) }
        return day
    }

    /// Coverage as at `day` of one organisation's trusted persons, or of everyone.
    static func coverage(organisationID: Int64?, asAt day: CalendarDate, _ db: Database) throws -> TrainingCoverage {
        let records = try records(organisationID: organisationID, db)
        return TrainingCoverage.asAt(day, trustedPersons: records.trustedPersons, links: records.links, training: records.training)
    }
}
