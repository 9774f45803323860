import Domain
import Foundation
import SQLite

/// One version of a story entry.
struct StoryVersion: Sendable {
    let id: Int64
    let entryID: Int64
    let version: Int
    let category: InformationCategory
    let toldOn: CalendarDate
    let body: String
    let recordedBy: String?
    let recordedAt: Date
    /// Whether the person wrote this version themselves, on their own page.
    let byThePerson: Bool
}

/// A story entry as shown: its latest version and the earlier ones.
struct StoryEntry: Sendable {
    let latest: StoryVersion
    let earlier: [StoryVersion]
}

/// SQL for the story told once. Reading needs a `Readable`, so only entries in categories
/// the reader may see ever leave the database.
enum StoryStore {
    static func add(
        individualID: Int64, category: InformationCategory, toldOn: CalendarDate, body: String, by userID: Int64?, now: Date,
        byThePerson: Bool = false, _ db: Database
    ) throws -> Int64 {
        try db.execute(
            """
            INSERT INTO story_entries (entry_id, version, individual_id, category, told_on, body, recorded_by, recorded_at, by_the_person)
            VALUES (0, 1, ?, ?, ?, ?, ?, ?, ?)
            """, individualID, category.rawValue, toldOn.iso, body, userID, now, byThePerson)
        let id = db.lastInsertRowID
        try db.execute("UPDATE story_entries SET entry_id = ? WHERE id = ?", id, id)
        try IndividualStore.touch(individualID, now: now, db)
        return id
    }

    /// Adds a new version of an entry; the old versions stay.
    static func amend(
        entryID: Int64, individualID: Int64, category: InformationCategory, toldOn: CalendarDate, body: String, by userID: Int64?,
        now: Date, _ db: Database
    ) throws {
        guard let version: Int = try db.scalar(
            "SELECT max(version) FROM story_entries WHERE entry_id = ? AND individual_id = ?", entryID, individualID)
        else { throw AppError.notFound }
        try db.execute(
            """
            INSERT INTO story_entries (entry_id, version, individual_id, category, told_on, body, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, entryID, version + 1, individualID, category.rawValue, toldOn.iso, body, userID, now)
        try IndividualStore.touch(individualID, now: now, db)
    }

    /// The entries the reader may see, and how many they may not.
    static func entries(_ individualID: Int64, _ readable: Readable, _ db: Database) throws -> (shown: [StoryEntry], hidden: Int) {
        let rows = try db.query(
            """
            SELECT s.*, u.display_name AS recorded_by_name FROM story_entries s LEFT JOIN users u ON u.id = s.recorded_by
            WHERE s.individual_id = ? ORDER BY s.entry_id, s.version DESC
            """, individualID)
        var grouped: [Int64: [StoryVersion]] = [:]
        var order: [Int64] = []
        for row in rows {
            let version = StoryVersion(
                id: try row.get("id"), entryID: try row.get("entry_id"), version: try row.get("version"),
                category: (try row.vocabulary("category") as InformationCategory),
                toldOn: try IndividualStore.date(row, "told_on") ?? CalendarDate(year: 2000, month: 1, day: 1)!,
                body: try row.get("body"), recordedBy: try row.get("recorded_by_name"), recordedAt: try row.get("recorded_at"),
                byThePerson: try row.get("by_the_person"))
            if grouped[version.entryID] == nil { order.append(version.entryID) }
            grouped[version.entryID, default: []].append(version)
        }
        var shown: [StoryEntry] = []
        var hidden = 0
        for entryID in order {
            let versions = grouped[entryID] ?? []
            guard let latest = versions.first else { continue }
            if readable.allows(latest.category) {
                shown.append(StoryEntry(latest: latest, earlier: versions.dropFirst().filter { readable.allows($0.category) }))
            } else {
                hidden += 1
            }
        }
        return (shown.sorted { ($0.latest.toldOn, $0.latest.entryID) > ($1.latest.toldOn, $1.latest.entryID) }, hidden)
    }

    static func category(ofEntry entryID: Int64, individualID: Int64, _ db: Database) throws -> InformationCategory? {
        let text: String? = try db.scalar(
            "SELECT category FROM story_entries WHERE entry_id = ? AND individual_id = ? ORDER BY version DESC LIMIT 1", entryID, individualID)
        return try text.map { text in
            guard let category = InformationCategory(rawValue: text) else { throw UnknownStoredValue(column: "category", value: text) }
            return category
        }
    }
}
