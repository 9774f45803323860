import Domain

extension SubjectAccessStore {
    /// The sections of the export. Names of the workers who recorded things are included (they
    /// acted in their work role); people in the register named only where the person chose them
    /// (their circle, consents, handovers). Unsafe markings follow README, "Data rights".
    static func specs() -> [Spec] {
        var specs = [
            Spec(key: "record", title: "Your record", categories: [.contactDetails, .notes], sql: """
                SELECT i.ref, i.preferred_name, i.legal_name, i.date_of_birth, d.name AS district, i.cohort_group, i.referral_source,
                    i.status, i.referred_on, i.opened_on, i.closed_on, i.closure_reason, i.eligibility_exception, i.created_at,
                    i.updated_at, u.display_name AS account_name, u.email AS account_email
                FROM individuals i JOIN districts d ON d.slug = i.district LEFT JOIN users u ON u.id = i.user_id WHERE i.id = ?
                """, columns: [
                    ("ref", "Reference"), ("preferred_name", "Preferred name"), ("legal_name", "Legal name"),
                    ("date_of_birth", "Date of birth"), ("district", "District"), ("cohort_group", "Cohort group"),
                    ("referral_source", "Referred by"), ("status", "Case status"), ("referred_on", "Referred on"),
                    ("opened_on", "Opened on"), ("closed_on", "Closed on"), ("closure_reason", "Why the case closed"),
                    ("eligibility_exception", "Eligibility exception"), ("created_at", "Record created"),
                    ("updated_at", "Record last changed"), ("account_name", "Your account's name"), ("account_email", "Your account's email"),
                ]),
            Spec(key: "disadvantages", title: "Disadvantages recorded", categories: [.housing, .health, .substanceUse, .safety, .justice],
                 sql: "SELECT kind, recorded_on FROM individual_disadvantages WHERE individual_id = ? ORDER BY kind",
                 columns: [("kind", "Disadvantage"), ("recorded_on", "Recorded on")]),
            Spec(key: "case_history", title: "Case history", categories: [.notes], sql: """
                SELECT e.status, e.effective_on, e.closure_reason, e.note, u.display_name AS recorded_by, e.recorded_at
                FROM individual_status_events e LEFT JOIN users u ON u.id = e.recorded_by WHERE e.individual_id = ? ORDER BY e.id
                """, columns: [("status", "Status"), ("effective_on", "From"), ("closure_reason", "Why it closed"), ("note", "Note"),
                               ("recorded_by", "Recorded by"), ("recorded_at", "Recorded at")]),
            Spec(key: "corrections", title: "Corrections to your details",
                 categories: [.contactDetails, .notes, .housing, .health, .substanceUse, .safety, .justice],
                 note: "Each change made to your details: what it was, what it became, who changed it and when.", sql: """
                SELECT c.field, c.old_value, c.new_value, u.display_name AS corrected_by, c.corrected_at
                FROM record_corrections c LEFT JOIN users u ON u.id = c.corrected_by WHERE c.individual_id = ? ORDER BY c.id
                """, columns: [("field", "Detail"), ("old_value", "Was"), ("new_value", "Became"), ("corrected_by", "Changed by"),
                               ("corrected_at", "Changed at")]),
            Spec(key: "story", title: "Your story", categories: InformationCategory.allCases,
                 note: "Every version of every entry: an entry amended or corrected has a version for each change, the earlier ones kept.",
                 sql: """
                SELECT s.entry_id, s.version, s.category, s.told_on, s.body, u.display_name AS recorded_by, s.recorded_at
                FROM story_entries s LEFT JOIN users u ON u.id = s.recorded_by WHERE s.individual_id = ? ORDER BY s.entry_id, s.version
                """, columns: [("entry_id", "Entry"), ("version", "Version"), ("category", "Kind of information"), ("told_on", "Told on"),
                               ("body", "In your words"), ("recorded_by", "Recorded by"), ("recorded_at", "Recorded at")]),
            Spec(key: "plan_goals", title: "Your plan: goals", categories: [.plan], sql: """
                SELECT g.id AS goal, g.goal AS words, g.status, u.display_name AS created_by, g.created_at
                FROM plan_goals g LEFT JOIN users u ON u.id = g.created_by WHERE g.individual_id = ? ORDER BY g.id
                """, columns: [("goal", "Goal"), ("words", "In your words"), ("status", "Status"), ("created_by", "Written by"),
                               ("created_at", "Written at")]),
            Spec(key: "plan_steps", title: "Your plan: steps", categories: [.plan], sql: """
                SELECT s.goal_id AS goal, s.step, s.who, s.due_on, s.status, u.display_name AS updated_by, s.updated_at
                FROM plan_steps s JOIN plan_goals g ON g.id = s.goal_id LEFT JOIN users u ON u.id = s.updated_by
                WHERE g.individual_id = ? ORDER BY s.id
                """, columns: [("goal", "Goal"), ("step", "Step"), ("who", "Who does it"), ("due_on", "Due"), ("status", "Status"),
                               ("updated_by", "Last changed by"), ("updated_at", "Last changed at")]),
            Spec(key: "contacts", title: "Contacts", categories: InformationCategory.allCases, sql: """
                SELECT c.contact_on, c.kind, t.name AS with_whom, c.services_involved, c.category, c.note,
                    u.display_name AS recorded_by, c.recorded_at
                FROM contacts c LEFT JOIN trusted_people t ON t.id = c.trusted_person_id LEFT JOIN users u ON u.id = c.recorded_by
                WHERE c.individual_id = ? ORDER BY c.contact_on, c.id
                """, columns: [("contact_on", "On"), ("kind", "How"), ("with_whom", "With"), ("services_involved", "Services involved"),
                               ("category", "Kind of information"), ("note", "Note"), ("recorded_by", "Recorded by"),
                               ("recorded_at", "Recorded at")]),
            Spec(key: "meetings", title: "Multi-agency meetings", categories: [.notes], sql: """
                SELECT m.held_on, m.organisations_present, t.name AS coordinated_by, m.actions, u.display_name AS recorded_by, m.recorded_at
                FROM meetings m LEFT JOIN trusted_people t ON t.id = m.coordinated_by LEFT JOIN users u ON u.id = m.recorded_by
                WHERE m.individual_id = ? ORDER BY m.held_on, m.id
                """, columns: [("held_on", "Held on"), ("organisations_present", "Organisations there"),
                               ("coordinated_by", "Coordinated by"), ("actions", "Actions"), ("recorded_by", "Recorded by"),
                               ("recorded_at", "Recorded at")]),
        ]
        specs += consentSpecs + circleSpecs + progressSpecs
        return specs + logSpecs
    }
}
