import Domain
import Foundation
import SQLite

/// SQL for the retention rule: which closed records there are, how much of each kind of name
/// and free text each still holds, and erasing it with a log row per kind. Everything the
/// quarterly report reads (dates, districts, statuses, roles, scores, nights, counts, survey
/// answers) is left exactly as it is.
enum RetentionStore {
    /// Written in place of erased text where the column must not be empty.
    static let placeholder = "(erased)"

    /// One column erased for one kind: the table, the column, which rows belong to the person
    /// (SQL with one `?` for the person's id) and what is written instead.
    struct Target {
        let table: String
        let column: String
        let scope: String
        let replacement: String?
    }

    /// Every closed case: id, reference and closure date.
    static func closedCases(_ db: Database) throws -> [(id: Int64, ref: String, closedOn: CalendarDate?)] {
        try db.query("SELECT id, ref, closed_on FROM individuals WHERE status = 'closed' ORDER BY id").map { row in
            (try row.get("id"), try row.get("ref"), try IndividualStore.date(row, "closed_on"))
        }
    }

    /// How many values of each kind the person's record still holds (kinds with none left out).
    static func inventory(individualID: Int64, _ db: Database) throws -> [ErasureKind: Int] {
        var counts: [ErasureKind: Int] = [:]
        for kind in ErasureKind.allCases {
            var count = 0
            if kind == .account {
                count = try db.scalar(
                    "SELECT count(*) FROM users u JOIN individuals i ON i.user_id = u.id WHERE i.id = ? AND u.display_name != ?",
                    individualID, placeholder) ?? 0
            }
            for target in targets(kind) {
                count += try db.scalar(
                    "SELECT count(*) FROM \(target.table) WHERE \(target.scope) AND \(held(target.column))", individualID, placeholder) ?? 0
            }
            if count > 0 { counts[kind] = count }
        }
        return counts
    }

    /// Erases everything in `counts` for the person and logs each kind; the caller holds the
    /// write transaction and has checked that the rule makes the record due.
    static func erase(
        individualID: Int64, counts: [ErasureKind: Int], closedOn: CalendarDate, rule: RetentionRule, by userID: Int64?, via: String,
        now: Date, _ db: Database
    ) throws {
        for (kind, items) in counts.sorted(by: { $0.key < $1.key }) {
            if kind == .account {
                try eraseAccount(individualID: individualID, now: now, db)
            }
            for target in targets(kind) {
                try db.execute(
                    "UPDATE \(target.table) SET \(target.column) = ? WHERE \(target.scope) AND \(held(target.column))",
                    target.replacement, individualID, placeholder)
            }
            try db.execute(
                """
                INSERT INTO retention_erasures (individual_id, kind, items, closed_on, retention_years, erased_by, via, erased_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, individualID, kind.rawValue, items, closedOn.iso, rule.years, userID, via, now)
        }
    }

    /// The person's own account: anonymised, deactivated, signed out everywhere.
    private static func eraseAccount(individualID: Int64, now: Date, _ db: Database) throws {
        guard let userID: Int64 = try db.scalar("SELECT user_id FROM individuals WHERE id = ?", individualID) else { return }
        try db.execute(
            """
            UPDATE users SET display_name = ?, email = 'erased-' || id || '@erased.invalid', password_hash = NULL, work_phone = NULL,
                active = 0, deactivated_at = coalesce(deactivated_at, ?) WHERE id = ?
            """, placeholder, now, userID)
        try db.execute("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", now, userID)
    }

    /// Whether a column still holds something to erase.
    private static func held(_ column: String) -> String {
        "\(column) IS NOT NULL AND \(column) != '' AND \(column) != ?"
    }

    /// A column of one of the person's own rows.
    private static func own(_ table: String, _ column: String, _ replacement: String? = "") -> Target {
        Target(table: table, column: column, scope: "individual_id = ?", replacement: replacement)
    }

    /// The columns each kind erases.
    static func targets(_ kind: ErasureKind) -> [Target] {
        switch kind {
        case .identity:
            [Target(table: "individuals", column: "preferred_name", scope: "id = ?", replacement: placeholder)]
                + ["legal_name", "date_of_birth", "referral_source"].map { Target(table: "individuals", column: $0, scope: "id = ?", replacement: nil) }
                + [Target(table: "individuals", column: "eligibility_exception", scope: "id = ?", replacement: placeholder)]
        case .account: []
        case .caseNotes: [own("individual_status_events", "note")]
        case .story: [own("story_entries", "body")]
        case .plan:
            [own("plan_goals", "goal")] + ["step", "who"].map {
                Target(table: "plan_steps", column: $0, scope: "goal_id IN (SELECT id FROM plan_goals WHERE individual_id = ?)", replacement: "")
            }
        case .contacts: [own("contacts", "note"), own("contacts", "services_involved")]
        case .meetings: [own("meetings", "actions")]
        case .consents: [own("consents", "purpose"), own("consents", "individuals_words"), own("lawful_bases", "note")]
        case .circle:
            [own("trust_links", "how_it_came_about"), own("trust_links", "individuals_words"),
             own("trust_discussions", "people", placeholder), own("trust_discussions", "persons_view")]
        case .handovers: [own("handovers", "note"), own("handovers", "why_someone_new")]
        case .safety:
            [own("unsafe_markings", "reason"),
             Target(table: "different_person_confirmations", column: "note",
                    scope: "unsafe_marking_id IN (SELECT id FROM unsafe_markings WHERE individual_id = ?)", replacement: placeholder)]
        case .overrides: [own("safeguarding_overrides", "reason")]
        case .assessments:
            [own("ndt_assessments", "period_note"), own("ndt_assessments", "change_reason"), own("star_readings", "took_part"),
             own("star_readings", "note"), own("star_readings", "change_reason")]
        case .helpRequests:
            [own("help_requests", "body"),
             Target(table: "help_request_replies", column: "body",
                    scope: "help_request_id IN (SELECT id FROM help_requests WHERE individual_id = ?)", replacement: "")]
        case .corrections: [own("record_corrections", "old_value", placeholder), own("record_corrections", "new_value", placeholder)]
        }
    }
}
