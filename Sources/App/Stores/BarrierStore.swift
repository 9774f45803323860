import Domain
import Foundation
import SQLite

/// A barrier on the register.
struct BarrierRecord: Sendable {
    let id: Int64
    let ref: String
    let title: String
    let category: BarrierCategory
    let raisedOn: CalendarDate
    let status: BarrierStatus
    let level: BarrierLevel?
    let resolvedOn: CalendarDate?
    let organisations: String
    let raisedBy: String?
    let description: String
    let peopleAffected: Int?
    let whatChanged: String
    /// The day it reached its current status (raised, action plan, escalated or finished).
    let inStatusSince: CalendarDate
    /// The partner organisations involved, from the register of organisations.
    let partnerOrganisations: [String]
}

/// One change in a barrier's history.
struct BarrierEvent: Sendable {
    let status: BarrierStatus
    let level: BarrierLevel?
    let note: String
    let by: String?
    let at: Date
}

/// SQL for the system barriers register. A finished barrier's date is kept in `resolved_on`,
/// as the import file does, whether it was resolved or closed unresolved.
enum BarrierStore {
    static let select = """
        SELECT b.*, u.display_name AS raised_by,
            CASE b.status WHEN 'raised' THEN b.raised_on WHEN 'action-plan' THEN coalesce(b.action_plan_on, b.raised_on)
                WHEN 'escalated' THEN coalesce(b.escalated_on, b.action_plan_on, b.raised_on) ELSE coalesce(b.resolved_on, b.raised_on)
            END AS in_status_since,
            (SELECT group_concat(o.name, '; ') FROM barrier_organisations bo JOIN organisations o ON o.id = bo.organisation_id
             WHERE bo.barrier_id = b.id) AS partner_organisations
        FROM barriers b LEFT JOIN users u ON u.id = b.recorded_by
        """

    static func list(status: BarrierStatus?, openOnly: Bool, _ db: Database) throws -> [BarrierRecord] {
        var conditions = ["1 = 1"]
        var arguments: [(any SQLBindable)?] = []
        if let status {
            conditions.append("b.status = ?")
            arguments.append(status.rawValue)
        }
        if openOnly { conditions.append("b.status NOT IN ('resolved', 'closed-unresolved')") }
        return try db.query(select + " WHERE " + conditions.joined(separator: " AND ") + " ORDER BY b.raised_on DESC, b.id DESC", arguments: arguments)
            .map(record)
    }

    static func find(id: Int64, _ db: Database) throws -> BarrierRecord? {
        try db.queryOne(select + " WHERE b.id = ?", id).map(record)
    }

    static func create(_ barrier: NewBarrier, organisationIDs: [Int64] = [], by userID: Int64?, now: Date, _ db: Database) throws -> Int64 {
        let highest: Int? = try db.scalar("SELECT max(CAST(substr(ref, 3) AS INTEGER)) FROM barriers WHERE ref GLOB 'B-[0-9]*'")
        let number = String((highest ?? 0) + 1)
        let ref = "B-" + String(repeating: "0", count: max(0, 4 - number.count)) + number
        try db.execute(
            """
            INSERT INTO barriers (ref, title, category, raised_on, status, level, organisations, description, people_affected,
                recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, 'raised', ?, ?, ?, ?, ?, ?)
            """, ref, barrier.title, barrier.category.rawValue, barrier.raisedOn.iso, barrier.level?.rawValue, barrier.organisations,
            barrier.description, barrier.peopleAffected, userID, now)
        let id = db.lastInsertRowID
        for organisationID in Set(organisationIDs) {
            try db.execute("INSERT INTO barrier_organisations (barrier_id, organisation_id) VALUES (?, ?)", id, organisationID)
        }
        try event(id, .raised, level: barrier.level, note: "", by: userID, now: now, db)
        return id
    }

    static func change(_ id: Int64, _ change: BarrierChange, by userID: Int64?, now: Date, _ db: Database) throws {
        let day = change.on.iso
        switch change.status {
        case .raised:
            try db.execute("UPDATE barriers SET status = 'raised', resolved_on = NULL WHERE id = ?", id)
        case .actionPlan:
            try db.execute("UPDATE barriers SET status = 'action-plan', action_plan_on = ? WHERE id = ?", day, id)
        case .escalated:
            try db.execute("UPDATE barriers SET status = 'escalated', escalated_on = ?, level = ? WHERE id = ?", day, change.level?.rawValue, id)
        case .resolved, .closedUnresolved:
            try db.execute("UPDATE barriers SET status = ?, resolved_on = ? WHERE id = ?", change.status.rawValue, day, id)
        }
        if !change.whatChanged.isEmpty {
            try db.execute("UPDATE barriers SET what_changed = ? WHERE id = ?", change.whatChanged, id)
        }
        try event(id, change.status, level: change.level, note: change.note, by: userID, now: now, db)
    }

    static func history(_ id: Int64, _ db: Database) throws -> [BarrierEvent] {
        try db.query(
            """
            SELECT e.status, e.level, e.note, e.recorded_at, u.display_name FROM barrier_events e
            LEFT JOIN users u ON u.id = e.recorded_by WHERE e.barrier_id = ? ORDER BY e.id
            """, id
        ).map { row in
            BarrierEvent(
                status: (try row.vocabulary("status") as BarrierStatus),
                level: (try row.optionalVocabulary("level") as BarrierLevel?), note: try row.get("note"),
                by: try row.get("display_name"), at: try row.get("recorded_at"))
        }
    }

    private static func event(_ id: Int64, _ status: BarrierStatus, level: BarrierLevel?, note: String, by userID: Int64?, now: Date, _ db: Database) throws {
        try db.execute(
            "INSERT INTO barrier_events (barrier_id, status, level, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
            id, status.rawValue, level?.rawValue, note, userID, now)
    }

    static func record(_ row: Row) throws -> BarrierRecord {
        BarrierRecord(
            id: try row.get("id"), ref: try row.get("ref"), title: try row.get("title"),
            category: (try row.vocabulary("category") as BarrierCategory),
            raisedOn: try IndividualStore.date(row, "raised_on") ?? CalendarDate(year: 2000, month: 1, day: 1)!,
            status: (try row.vocabulary("status") as BarrierStatus),
            level: (try row.optionalVocabulary("level") as BarrierLevel?),
            resolvedOn: try IndividualStore.date(row, "resolved_on"), organisations: try row.get("organisations"),
            raisedBy: try row.get("raised_by"), description: try row.get("description"), peopleAffected: try row.get("people_affected"),
            whatChanged: try row.get("what_changed"), inStatusSince: try IndividualStore.requiredDate(row, "in_status_since"),
            partnerOrganisations: (try row.get("partner_organisations") as String?)?.components(separatedBy: "; ") ?? [])
    }
}
