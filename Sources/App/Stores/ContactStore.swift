import Domain
import Foundation
import SQLite

/// A dated contact with the person.
struct ContactRecord: Sendable {
    let id: Int64
    let contactOn: CalendarDate
    let kind: ContactKind
    let trustedPersonName: String?
    let servicesInvolved: String
    let category: InformationCategory
    let note: String
    let recordedBy: String?
}

/// A multi-agency meeting about the person.
struct MeetingRecord: Sendable {
    let id: Int64
    let heldOn: CalendarDate
    let organisationsPresent: String
    let coordinatedBy: String?
    let actions: String
    let recordedBy: String?
}

/// SQL for contacts and multi-agency meetings.
enum ContactStore {
    static func addContact(
        individualID: Int64, on day: CalendarDate, kind: ContactKind, trustedPersonID: Int64?, servicesInvolved: String,
        category: InformationCategory, note: String, by userID: Int64?, now: Date, _ db: Database
    ) throws {
        try db.execute(
            """
            INSERT INTO contacts (individual_id, contact_on, kind, trusted_person_id, services_involved, category, note,
                recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, individualID, day.iso, kind.rawValue, trustedPersonID, servicesInvolved, category.rawValue, note, userID, now)
        try IndividualStore.touch(individualID, now: now, db)
    }

    static func contacts(_ individualID: Int64, _ db: Database) throws -> [ContactRecord] {
        try db.query(
            """
            SELECT c.*, t.name AS trusted_person_name, u.display_name AS recorded_by_name
            FROM contacts c LEFT JOIN trusted_people t ON t.id = c.trusted_person_id LEFT JOIN users u ON u.id = c.recorded_by
            WHERE c.individual_id = ? ORDER BY c.contact_on DESC, c.id DESC
            """, individualID
        ).map { row in
            ContactRecord(
                id: try row.get("id"), contactOn: try IndividualStore.date(row, "contact_on") ?? CalendarDate(year: 2000, month: 1, day: 1)!,
                kind: (try row.vocabulary("kind") as ContactKind), trustedPersonName: try row.get("trusted_person_name"),
                servicesInvolved: try row.get("services_involved"),
                category: (try row.vocabulary("category") as InformationCategory), note: try row.get("note"),
                recordedBy: try row.get("recorded_by_name"))
        }
    }

    static func addMeeting(
        individualID: Int64, on day: CalendarDate, organisationsPresent: String, coordinatedBy: Int64?, actions: String,
        by userID: Int64?, now: Date, _ db: Database
    ) throws {
        try db.execute(
            """
            INSERT INTO meetings (individual_id, held_on, organisations_present, coordinated_by, actions, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, individualID, day.iso, organisationsPresent, coordinatedBy, actions, userID, now)
        try IndividualStore.touch(individualID, now: now, db)
    }

    static func meetings(_ individualID: Int64, _ db: Database) throws -> [MeetingRecord] {
        try db.query(
            """
            SELECT m.*, t.name AS coordinated_by_name, u.display_name AS recorded_by_name
            FROM meetings m LEFT JOIN trusted_people t ON t.id = m.coordinated_by LEFT JOIN users u ON u.id = m.recorded_by
            WHERE m.individual_id = ? ORDER BY m.held_on DESC, m.id DESC
            """, individualID
        ).map { row in
            MeetingRecord(
                id: try row.get("id"), heldOn: try IndividualStore.date(row, "held_on") ?? CalendarDate(year: 2000, month: 1, day: 1)!,
                organisationsPresent: try row.get("organisations_present"), coordinatedBy: try row.get("coordinated_by_name"),
                actions: try row.get("actions"), recordedBy: try row.get("recorded_by_name"))
        }
    }
}
