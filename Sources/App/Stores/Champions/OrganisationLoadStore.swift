import Domain
import Foundation
import SQLite

/// One trusted person of an organisation as their champion sees them: counts and states only,
/// never whom they walk alongside.
struct TrustedPersonLoad: Sendable {
    let person: TrustedPersonRecord
    /// Handovers in progress (not completed or cancelled) where they hand over or take over.
    let handoversInProgress: Int
    /// The absence they are in today, if any.
    let absence: Absence?
    /// Active interim links they hold (covering for someone else, or stepping in).
    let interimCover: Int
}

/// SQL for a champion's view of their organisation's trusted persons.
enum OrganisationLoadStore {
    /// Every trusted person of the organisation with their load and state on `today`.
    static func load(organisationID: Int64, today: CalendarDate, _ db: Database) throws -> [TrustedPersonLoad] {
        try TrustedPersonStore.inOrganisation(organisationID, db).map { person in
            TrustedPersonLoad(
                person: person, handoversInProgress: try handoversInProgress(trustedPersonID: person.id, db),
                absence: try AbsenceStore.current(trustedPersonID: person.id, today: today, db),
                interimCover: try db.scalar(
                    "SELECT count(*) FROM trust_links WHERE trusted_person_id = ? AND status = 'active' AND role = 'interim'",
                    person.id) ?? 0)
        }
    }

    private static func handoversInProgress(trustedPersonID: Int64, _ db: Database) throws -> Int {
        try db.scalar(
            """
            SELECT count(*) FROM handovers h JOIN trust_links l ON l.id = h.outgoing_link_id
            WHERE h.stage NOT IN ('completed', 'cancelled')
              AND (l.trusted_person_id = ? OR h.incoming_trusted_person_id = ?)
            """, trustedPersonID, trustedPersonID) ?? 0
    }
}
