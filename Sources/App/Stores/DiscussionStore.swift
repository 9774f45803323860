import Domain
import Foundation
import SQLite

/// A recorded collective discussion as pages use it; the person's own view is guarded by `story`.
struct DiscussionRecord: Sendable {
    let id: Int64
    let individualID: Int64
    let heldOn: CalendarDate
    let organisations: String
    let people: String
    let personsViewHeard: Bool
    let personsView: Guarded<String>
    let safetyCheckedAt: Date
    let recordedBy: String?
    /// The trusted persons chosen in it.
    let chosen: [String]
}

/// SQL for collective discussions and the links chosen in them.
enum DiscussionStore {
    /// Records the discussion and ties the link chosen in it to it, in the caller's transaction,
    /// which has already made the safety check (no unsafe marking matched) at `now`.
    @discardableResult
    static func record(
        _ discussion: CollectiveDiscussion, individualID: Int64, linkID: Int64, by userID: Int64?, now: Date, _ db: Database
    ) throws -> Int64 {
        try db.execute(
            """
            INSERT INTO trust_discussions (individual_id, held_on, organisations, people, persons_view_heard, persons_view,
                persons_view_category, safety_checked_at, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?)
            """, individualID, discussion.heldOn.iso, discussion.organisations, discussion.people, discussion.personsView,
            CollectiveDiscussion.viewCategory.rawValue, now, userID, now)
        let id = db.lastInsertRowID
        try db.execute("UPDATE trust_links SET discussion_id = ? WHERE id = ? AND individual_id = ?", id, linkID, individualID)
        return id
    }

    static func find(id: Int64, individualID: Int64, _ db: Database) throws -> DiscussionRecord? {
        guard let row = try db.queryOne(
            """
            SELECT d.*, u.display_name AS recorded_by_name FROM trust_discussions d LEFT JOIN users u ON u.id = d.recorded_by
            WHERE d.id = ? AND d.individual_id = ?
            """, id, individualID)
        else { return nil }
        let chosen = try db.query(
            "SELECT t.name FROM trust_links l JOIN trusted_people t ON t.id = l.trusted_person_id WHERE l.discussion_id = ? ORDER BY l.id", id
        ).map { try $0.get("name") as String }
        return DiscussionRecord(
            id: try row.get("id"), individualID: try row.get("individual_id"), heldOn: try IndividualStore.requiredDate(row, "held_on"),
            organisations: try row.get("organisations"), people: try row.get("people"),
            personsViewHeard: try row.get("persons_view_heard") as Int64 == 1,
            personsView: Guarded(try row.vocabulary("persons_view_category"), try row.get("persons_view")),
            safetyCheckedAt: try row.get("safety_checked_at"), recordedBy: try row.get("recorded_by_name"), chosen: chosen)
    }

    /// The discussion each trusted person in the individual's circle was chosen in, by trusted
    /// person (their latest link that has one).
    static func byTrustedPerson(individualID: Int64, _ db: Database) throws -> [Int64: Int64] {
        var result: [Int64: Int64] = [:]
        try db.forEachRow(
            "SELECT trusted_person_id, discussion_id FROM trust_links WHERE individual_id = ? AND discussion_id IS NOT NULL ORDER BY id",
            individualID
        ) { row in result[try row.get(0)] = try row.get(1) }
        return result
    }
}
