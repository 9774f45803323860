import Domain
import Foundation
import SQLite

/// The person questioning someone in their circle of trust, as the pages show it.
struct CircleQuestion: Sendable {
    let id: Int64
    let individualID: Int64
    let personRef: String
    let personName: String
    let trustLinkID: Int64
    let trustedPersonName: String
    /// What the person said, in their own words (may be empty).
    let words: String
    let askedAt: Date
    let answeredAt: Date?
    let answeredBy: String?
    /// What the coordinator said when marking it answered (may be empty).
    let answer: String
}

/// SQL for the person's questions about their circle: asked on their own page, listed for the
/// coordinators until one of them marks the question answered.
enum CircleQuestionStore {
    private static let select = """
        SELECT q.*, i.ref, i.preferred_name, t.name AS trusted_person_name, u.display_name AS answered_by_name
        FROM circle_questions q JOIN individuals i ON i.id = q.individual_id
        JOIN trust_links l ON l.id = q.trust_link_id JOIN trusted_people t ON t.id = l.trusted_person_id
        LEFT JOIN users u ON u.id = q.answered_by
        """

    /// Records the person's question about one link of their own circle (refused when the link
    /// is not theirs or has ended).
    static func ask(individualID: Int64, linkID: Int64, words: String, by userID: Int64?, now: Date, _ db: Database) throws -> Int64 {
        guard let link = try TrustLinkStore.find(id: linkID, db), link.individualID == individualID, link.status != .ended else {
            throw AppError.notFound
        }
        try db.execute(
            "INSERT INTO circle_questions (individual_id, trust_link_id, words, asked_by, asked_at) VALUES (?, ?, ?, ?, ?)",
            individualID, linkID, words, userID, now)
        try IndividualStore.touch(individualID, now: now, db)
        return db.lastInsertRowID
    }

    /// Marks one of the person's questions answered, with what the coordinator said.
    static func answer(_ questionID: Int64, individualID: Int64, answer: String, by userID: Int64?, now: Date, _ db: Database) throws {
        try db.execute(
            """
            UPDATE circle_questions SET answered_at = ?, answered_by = ?, answer = ?
            WHERE id = ? AND individual_id = ? AND answered_at IS NULL
            """, now, userID, answer, questionID, individualID)
        guard db.changes == 1 else { throw AppError.notFound }
        try IndividualStore.touch(individualID, now: now, db)
    }

    /// Every question of one person, newest first.
    static func forIndividual(_ individualID: Int64, _ db: Database) throws -> [CircleQuestion] {
        try db.query(select + " WHERE q.individual_id = ? ORDER BY q.id DESC", individualID).map(question)
    }

    /// Questions not yet answered, across the cohort, oldest first: the first `limit` of them.
    static func unanswered(limit: Int, _ db: Database) throws -> [CircleQuestion] {
        try db.query(select + " WHERE q.answered_at IS NULL ORDER BY q.asked_at, q.id LIMIT ?", limit).map(question)
    }

    private static func question(_ row: Row) throws -> CircleQuestion {
        CircleQuestion(
            id: try row.get("id"), individualID: try row.get("individual_id"), personRef: try row.get("ref"),
            personName: try row.get("preferred_name"), trustLinkID: try row.get("trust_link_id"),
            trustedPersonName: try row.get("trusted_person_name"), words: try row.get("words"), askedAt: try row.get("asked_at"),
            answeredAt: try row.get("answered_at"), answeredBy: try row.get("answered_by_name"), answer: try row.get("answer"))
    }
}
