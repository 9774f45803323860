import Domain

extension SubjectAccessStore {
    /// Who the person agreed to share with, the lawful basis, and safeguarding overrides.
    static var consentSpecs: [Spec] {
        [
            Spec(key: "consents", title: "What you agreed to share, and with whom", categories: [.notes], sql: """
                SELECT k.id AS consent, CASE k.recipient_kind WHEN 'coordination-team' THEN 'The coordination team'
                        WHEN 'trusted-person' THEN t.name ELSE o.name END AS recipient,
                    (SELECT group_concat(category, ', ') FROM consent_categories WHERE consent_id = k.id) AS categories,
                    k.purpose, k.individuals_words, k.how_given, k.given_on, k.review_by, u.display_name AS recorded_by, k.recorded_at,
                    k.withdrawn_on, k.withdrawn_how
                FROM consents k LEFT JOIN trusted_people t ON t.id = k.recipient_trusted_person_id
                    LEFT JOIN organisations o ON o.id = k.recipient_organisation_id LEFT JOIN users u ON u.id = k.recorded_by
                WHERE k.individual_id = ? ORDER BY k.id
                """, columns: [("consent", "Consent"), ("recipient", "Shared with"), ("categories", "Kinds of information"),
                               ("purpose", "What for"), ("individuals_words", "In your words"), ("how_given", "How you agreed"),
                               ("given_on", "Agreed on"), ("review_by", "Review by"), ("recorded_by", "Recorded by"),
                               ("recorded_at", "Recorded at"), ("withdrawn_on", "Withdrawn on"), ("withdrawn_how", "How withdrawn")]),
            Spec(key: "lawful_basis", title: "The lawful basis for holding and sharing your information", categories: [.notes], sql: """
                SELECT b.holding, b.sharing, b.note, u.display_name AS recorded_by, b.recorded_at
                FROM lawful_bases b LEFT JOIN users u ON u.id = b.recorded_by WHERE b.individual_id = ?
                """, columns: [("holding", "For holding"), ("sharing", "For sharing"), ("note", "Note"), ("recorded_by", "Recorded by"),
                               ("recorded_at", "Recorded at")]),
            Spec(key: "safeguarding_overrides", title: "Information opened without consent to keep someone safe", categories: [.notes],
                 sql: """
                SELECT u.display_name AS opened_by, s.categories, s.reason, s.opened_at, s.expires_at
                FROM safeguarding_overrides s LEFT JOIN users u ON u.id = s.user_id WHERE s.individual_id = ? ORDER BY s.id
                """, columns: [("opened_by", "Opened by"), ("categories", "Kinds of information"), ("reason", "Why"),
                               ("opened_at", "Opened at"), ("expires_at", "Until")]),
        ]
    }

    /// The circle of trust, how it grew, handovers and safety markings.
    static var circleSpecs: [Spec] {
        [
            Spec(key: "circle", title: "Your circle of trust", categories: [.story, .notes], sql: """
                SELECT l.id AS link, t.name AS trusted_person, t.kind, l.role, l.status, l.confirmed_by_individual AS confirmed_by_you,
                    l.how_it_came_about, l.individuals_words, i.name AS introduced_by, l.started_on, l.ended_on, l.end_reason, l.created_at
                FROM trust_links l JOIN trusted_people t ON t.id = l.trusted_person_id LEFT JOIN trusted_people i ON i.id = l.introduced_by
                WHERE l.individual_id = ? ORDER BY l.id
                """, columns: [("link", "Link"), ("trusted_person", "Trusted person"), ("kind", "Person or service"), ("role", "Role"),
                               ("status", "Status"), ("confirmed_by_you", "You confirmed it (1 yes, 0 no)"),
                               ("how_it_came_about", "How it came about"), ("individuals_words", "In your words"),
                               ("introduced_by", "Introduced by"), ("started_on", "Started"), ("ended_on", "Ended"),
                               ("end_reason", "Why it ended"), ("created_at", "Recorded at")]),
            Spec(key: "circle_events", title: "Changes to your circle", categories: [.notes], sql: """
                SELECT e.link_id AS link, e.event, e.detail, u.display_name AS recorded_by, e.recorded_at
                FROM trust_link_events e JOIN trust_links l ON l.id = e.link_id LEFT JOIN users u ON u.id = e.recorded_by
                WHERE l.individual_id = ? ORDER BY e.id
                """, columns: [("link", "Link"), ("event", "What happened"), ("detail", "Detail"), ("recorded_by", "Recorded by"),
                               ("recorded_at", "Recorded at")]),
            Spec(key: "discussions", title: "Collective discussions", categories: [.story, .notes], sql: """
                SELECT d.held_on, d.organisations, d.people, d.persons_view_heard AS your_view_heard, d.persons_view AS your_view,
                    u.display_name AS recorded_by, d.recorded_at
                FROM trust_discussions d LEFT JOIN users u ON u.id = d.recorded_by WHERE d.individual_id = ? ORDER BY d.id
                """, columns: [("held_on", "Held on"), ("organisations", "Organisations"), ("people", "People"),
                               ("your_view_heard", "Your view was heard (1 yes, 0 no)"), ("your_view", "Your view"),
                               ("recorded_by", "Recorded by"), ("recorded_at", "Recorded at")]),
            Spec(key: "handovers", title: "Handovers", categories: [.notes], sql: """
                SELECT h.id AS handover, t.name AS from_person, n.name AS to_person, h.stage, h.why_someone_new, h.note,
                    (SELECT group_concat(s.stage || ' ' || s.recorded_at, '; ') FROM handover_steps s WHERE s.handover_id = h.id) AS steps,
                    h.created_at
                FROM handovers h JOIN trust_links l ON l.id = h.outgoing_link_id JOIN trusted_people t ON t.id = l.trusted_person_id
                    JOIN trusted_people n ON n.id = h.incoming_trusted_person_id
                WHERE h.individual_id = ? ORDER BY h.id
                """, columns: [("handover", "Handover"), ("from_person", "From"), ("to_person", "To"), ("stage", "Stage"),
                               ("why_someone_new", "Why someone new"), ("note", "Handover note"), ("steps", "Steps"),
                               ("created_at", "Started at")]),
            Spec(key: "unsafe_markings", title: "People recorded as unsafe for you", categories: [.safety],
                 note: "Names are withheld: they are other people's personal data (UK GDPR Article 15(4); Data Protection Act 2018, "
                    + "Schedule 2, paragraph 16). The reason is given as recorded.", sql: """
                SELECT m.reason, u.display_name AS recorded_by, m.recorded_at,
                    (SELECT count(*) FROM different_person_confirmations c WHERE c.unsafe_marking_id = m.id) AS others_confirmed_different
                FROM unsafe_markings m LEFT JOIN users u ON u.id = m.recorded_by WHERE m.individual_id = ? ORDER BY m.id
                """, columns: [("reason", "Why"), ("recorded_by", "Recorded by"), ("recorded_at", "Recorded at"),
                               ("others_confirmed_different", "Others with the same name confirmed to be someone else")]),
            Spec(key: "marked_unsafe", title: "Where you were recorded as unsafe for someone else", categories: [.safety],
                 note: "Only the date is given: who the marking protects, and the reason, are withheld, as they would identify that "
                    + "person and could put them at risk (Data Protection Act 2018, Schedule 2, paragraph 16, and Schedule 3).", sql: """
                SELECT m.recorded_at FROM unsafe_markings m JOIN trusted_people t ON t.id = m.trusted_person_id
                    JOIN individuals i ON i.user_id = t.user_id
                WHERE i.id = ? AND m.individual_id != i.id ORDER BY m.id
                """, columns: [("recorded_at", "Recorded at")]),
        ]
    }
}
