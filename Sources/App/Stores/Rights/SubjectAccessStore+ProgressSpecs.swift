import Domain

extension SubjectAccessStore {
    /// Assessments, accommodation, service use, surveys and requests for help.
    static var progressSpecs: [Spec] {
        let ndtItems = ["engagement", "intentional_self_harm", "unintentional_self_harm", "risk_to_others", "risk_from_others", "stress",
                        "social_effectiveness", "alcohol_drugs", "impulse_control", "housing"]
        let starAreas = ["motivation", "self_care", "money", "social_networks", "drugs_alcohol", "physical_health", "mental_health",
                         "meaningful_use_of_time", "tenancy", "offending"]
        let settings = ["rough_sleeping", "night_shelter", "bed_and_breakfast_or_hostel", "supported_accommodation",
                        "living_with_family_or_friends", "own_tenancy", "prison", "hospital"]
        let serviceUse = ["prison_nights", "mental_health_admissions", "arrests", "ae_attendances", "section_136", "evictions"]
        let answers = ["told_story_more_than_once", "turned_away", "progress_on_priority", "voice_heard", "in_control", "intake_satisfaction"]
        func labelled(_ names: [String]) -> [(name: String, label: String)] {
            names.map { ($0, $0.replacingOccurrences(of: "_", with: " ").capitalizedFirst) }
        }
        let corrected = "Every version: a corrected assessment keeps the earlier version, with why it was corrected."
        return [
            Spec(key: "ndt", title: "NDT Assessments", categories: [.assessments], note: corrected, sql: """
                SELECT a.assessment_id AS assessment, a.version, a.assessed_on, \(ndtItems.map { "a." + $0 }.joined(separator: ", ")),
                    a.period_note, a.change_reason, u.display_name AS recorded_by, a.recorded_at
                FROM ndt_assessments a LEFT JOIN users u ON u.id = a.recorded_by WHERE a.individual_id = ? ORDER BY a.assessment_id, a.version
                """, columns: [("assessment", "Assessment"), ("version", "Version"), ("assessed_on", "Assessed on")] + labelled(ndtItems)
                    + [("period_note", "Note"), ("change_reason", "Why corrected"), ("recorded_by", "Recorded by"), ("recorded_at", "Recorded at")]),
            Spec(key: "star", title: "Homelessness Outcomes Star readings", categories: [.assessments], note: corrected, sql: """
                SELECT s.reading_id AS reading, s.version, s.assessed_on, s.star_version, \(starAreas.map { "s." + $0 }.joined(separator: ", ")),
                    s.took_part, s.note, s.change_reason, u.display_name AS recorded_by, s.recorded_at
                FROM star_readings s LEFT JOIN users u ON u.id = s.recorded_by WHERE s.individual_id = ? ORDER BY s.reading_id, s.version
                """, columns: [("reading", "Reading"), ("version", "Version"), ("assessed_on", "Assessed on"), ("star_version", "Star")]
                    + labelled(starAreas) + [("took_part", "Who took part"), ("note", "Note"), ("change_reason", "Why corrected"),
                                             ("recorded_by", "Recorded by"), ("recorded_at", "Recorded at")]),
            Spec(key: "accommodation", title: "Accommodation per quarter of support (nights)", categories: [.assessments], sql: """
                SELECT a.support_quarter, \(settings.map { "a." + $0 }.joined(separator: ", ")), a.tenancy_type, u.display_name AS recorded_by,
                    a.recorded_at
                FROM accommodation_quarters a LEFT JOIN users u ON u.id = a.recorded_by WHERE a.individual_id = ? ORDER BY a.support_quarter
                """, columns: [("support_quarter", "Quarter of support")] + labelled(settings)
                    + [("tenancy_type", "Tenancy"), ("recorded_by", "Recorded by"), ("recorded_at", "Recorded at")]),
            Spec(key: "service_use", title: "Unplanned use of services per quarter", categories: [.justice, .health, .housing], sql: """
                SELECT s.support_quarter, \(serviceUse.map { "s." + $0 }.joined(separator: ", ")), u.display_name AS recorded_by, s.recorded_at
                FROM service_use_quarters s LEFT JOIN users u ON u.id = s.recorded_by WHERE s.individual_id = ? ORDER BY s.support_quarter
                """, columns: [("support_quarter", "Quarter (0 is before support)")] + labelled(serviceUse)
                    + [("recorded_by", "Recorded by"), ("recorded_at", "Recorded at")]),
            Spec(key: "surveys", title: "How your support was going (experience surveys)", categories: [.story], sql: """
                SELECT e.answered_on, \(answers.map { "e." + $0 }.joined(separator: ", ")), e.recorded_with, u.display_name AS recorded_by,
                    e.recorded_at
                FROM experience_surveys e LEFT JOIN users u ON u.id = e.recorded_by WHERE e.individual_id = ? ORDER BY e.answered_on
                """, columns: [("answered_on", "Answered on")] + labelled(answers)
                    + [("recorded_with", "How"), ("recorded_by", "Recorded by"), ("recorded_at", "Recorded at")]),
            Spec(key: "help_requests", title: "Requests for help about you", categories: InformationCategory.allCases, sql: """
                SELECT h.id AS request, u.display_name AS asked_by, h.addressed_to, h.category, h.body, h.status, h.asked_at, h.closed_at,
                    (SELECT group_concat(r.at || ' ' || coalesce(ru.display_name, '') || ': ' || r.body, ' | ')
                     FROM help_request_replies r LEFT JOIN users ru ON ru.id = r.user_id WHERE r.help_request_id = h.id) AS replies
                FROM help_requests h LEFT JOIN users u ON u.id = h.asked_by WHERE h.individual_id = ? ORDER BY h.id
                """, columns: [("request", "Request"), ("asked_by", "Asked by"), ("addressed_to", "Asked of"), ("category", "Kind of information"),
                               ("body", "What was asked"), ("status", "Status"), ("asked_at", "Asked at"), ("closed_at", "Closed at"),
                               ("replies", "Replies")]),
        ]
    }

    /// What the retention rule erased (present only after it ran).
    static var logSpecs: [Spec] {
        [
            Spec(key: "erasures", title: "Information erased under the retention rule", categories: [],
                 note: "What was erased and when; never the erased content.", sql: """
                SELECT e.kind, e.items, e.erased_at, e.via FROM retention_erasures e WHERE e.individual_id = ? ORDER BY e.id
                """, columns: [("kind", "What"), ("items", "How many"), ("erased_at", "When"), ("via", "How")]),
        ]
    }
}

private extension String {
    /// The string with its first letter in capitals ("self care" → "Self care").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
