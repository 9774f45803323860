import Domain
import Foundation
import SQLite

/// Writes checked import rows inside the import's one transaction, matching each on its key
/// and counting what was added, changed or already so.
struct ImportWriter {
    enum Change {
        case added, changed, unchanged
    }

    let db: Database
    let file: String
    let userID: Int64?
    let now: Date
    let today: CalendarDate
    var people: [String: (id: Int64, openedOn: CalendarDate?)]
    var trustedKeys: [String: Int64]
    var outcome = ImportOutcome()

    mutating func write(_ row: ImportRow) throws {
        let change: Change
        switch row {
        case .person(let person): change = try writePerson(person)
        case .trustedPerson(let person): change = try writeTrustedPerson(person)
        case .trustLink(let link): change = try writeLink(link)
        case .star(let star): change = try writeStar(star)
        case .ndt(let ndt): change = try writeNDT(ndt)
        case .accommodation(let record): change = try writeQuarter(record.personRef, line: record.line, accommodation: record.record, serviceUse: nil)
        case .serviceUse(let record): change = try writeQuarter(record.personRef, line: record.line, accommodation: nil, serviceUse: record.record)
        case .barrier(let barrier): change = try writeBarrier(barrier)
        }
        switch change {
        case .added: outcome.added += 1
        case .changed: outcome.changed += 1
        case .unchanged: outcome.unchanged += 1
        }
    }

    mutating func fail(_ line: Int, _ column: String, _ reason: String) -> Change {
        outcome.errors.append(ImportError(file: file, line: line, column: column, reason: reason))
        return .unchanged
    }

    func personID(_ ref: String) -> Int64? { people[ref]?.id }

    private mutating func writePerson(_ row: PersonRow) throws -> Change {
        let fields: [(any SQLBindable)?] = [
            row.preferredName, row.legalName, row.dateOfBirth?.iso, row.district.rawValue, row.cohortGroup.rawValue,
            row.referralSource, row.status.rawValue, row.openedOn?.iso, row.closedOn?.iso, row.closureReason?.rawValue,
        ]
        if let id = personID(row.ref) {
            let current = try db.queryOne(
                """
                SELECT preferred_name, legal_name, date_of_birth, district, cohort_group, referral_source, status, opened_on, closed_on,
                    closure_reason, (SELECT group_concat(kind) FROM (SELECT kind FROM individual_disadvantages WHERE individual_id = ? ORDER BY kind)) AS kinds
                FROM individuals WHERE id = ?
                """, id, id)
            let sortedKinds = Disadvantage.allCases.filter(row.disadvantages.contains).map(\.rawValue).sorted().joined(separator: ",")
            let same = try current.map { current in
                let storedKinds: String? = try current.get("kinds")
                return zip(fields, 0..<10).allSatisfy { value, index in (value?.sqlValue ?? .null) == current[index] }
                    && (storedKinds ?? "") == sortedKinds
            } ?? false
            if same { return .unchanged }
            let oldStatus: String? = try db.scalar("SELECT status FROM individuals WHERE id = ?", id)
            try db.execute(
                """
                UPDATE individuals SET preferred_name = ?, legal_name = ?, date_of_birth = ?, district = ?, cohort_group = ?,
                    referral_source = ?, status = ?, opened_on = ?, closed_on = ?, closure_reason = ?, updated_at = ? WHERE id = ?
                """, arguments: fields + [now, id])
            for kind in Disadvantage.allCases where !row.disadvantages.contains(kind) {
                try db.execute("DELETE FROM individual_disadvantages WHERE individual_id = ? AND kind = ?", id, kind.rawValue)
            }
            for kind in row.disadvantages {
                try db.execute(
                    "INSERT OR IGNORE INTO individual_disadvantages (individual_id, kind, recorded_on) VALUES (?, ?, ?)",
                    id, kind.rawValue, (row.openedOn ?? today).iso)
            }
            if oldStatus != row.status.rawValue { try recordStatus(id, row) }
            people[row.ref] = (id, row.openedOn)
            return .changed
        }
        let referredOn = row.openedOn ?? today
        let referral = Referral(
            preferredName: row.preferredName, legalName: row.legalName, dateOfBirth: row.dateOfBirth, district: row.district,
            cohortGroup: row.cohortGroup, referralSource: row.referralSource, referredOn: referredOn,
            disadvantages: Dictionary(uniqueKeysWithValues: row.disadvantages.map { ($0, referredOn) }))
        let id = try IndividualStore.create(referral, ref: row.ref, by: userID, now: now, db).id
        if row.status != .referred {
            try db.execute(
                "UPDATE individuals SET status = ?, opened_on = ?, closed_on = ?, closure_reason = ? WHERE id = ?",
                row.status.rawValue, row.openedOn?.iso, row.closedOn?.iso, row.closureReason?.rawValue, id)
            try recordStatus(id, row)
        }
        people[row.ref] = (id, row.openedOn)
        return .added
    }

    private func recordStatus(_ id: Int64, _ row: PersonRow) throws {
        try db.execute(
            """
            INSERT INTO individual_status_events (individual_id, status, effective_on, closure_reason, note, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, id, row.status.rawValue, (row.status == .closed ? row.closedOn : row.openedOn)?.iso ?? today.iso,
            row.closureReason?.rawValue, "Imported from \(file)", userID, now)
    }

    private mutating func writeTrustedPerson(_ row: TrustedPersonRow) throws -> Change {
        var organisationID: Int64?
        if let name = row.organisation {
            organisationID = try db.scalar("SELECT id FROM organisations WHERE name = ?", name)
            if organisationID == nil {
                organisationID = try OrganisationStore.create(name: name, sector: .other, pledgeSignedOn: nil, now: now, db)
                outcome.notes.append("added organisation \(name) (sector: other; check it under Organisations)")
            }
        }
        if let id = trustedKeys[row.trustedKey] {
            let current = try db.queryOne("SELECT name, kind, organisation_id, paid FROM trusted_people WHERE id = ?", id)
            let same = try current.map { current in
                let name: String = try current.get("name")
                let kind: String = try current.get("kind")
                let organisation: Int64? = try current.get("organisation_id")
                let paid: String = try current.get("paid")
                return name == row.name && kind == row.kind.rawValue && organisation == organisationID && paid == row.paid.rawValue
            } ?? false
            if same { return .unchanged }
            if let (ref, refusal) = try UnsafeIdentityStore.renameRefusals(trustedPersonID: id, newName: row.name, db).first {
                return fail(row.line, "name", "in \(ref)'s circle: " + UnsafeIdentity.importReason(refusal))
            }
            try db.execute(
                "UPDATE trusted_people SET name = ?, kind = ?, organisation_id = ?, paid = ? WHERE id = ?",
                row.name, row.kind.rawValue, organisationID, row.paid.rawValue, id)
            return .changed
        }
        trustedKeys[row.trustedKey] = try TrustedPersonStore.create(
            key: row.trustedKey, name: row.name, kind: row.kind, organisationID: organisationID, paid: row.paid, userID: nil, now: now, db)
        return .added
    }

    private mutating func writeLink(_ row: TrustLinkRow) throws -> Change {
        guard let individualID = personID(row.personRef), let trustedID = trustedKeys[row.trustedKey] else {
            return fail(row.line, "person_ref", "unknown person or trusted person")
        }
        if let refusal = try UnsafeIdentityStore.refusal(individualID: individualID, trustedPersonID: trustedID, db) {
            return fail(row.line, "trusted_key", UnsafeIdentity.importReason(refusal))
        }
        let introducedBy = row.introducedBy.flatMap { trustedKeys[$0] }
        let status = row.endedOn == nil ? "active" : "ended"
        let existing = try db.queryOne(
            "SELECT id, role, status, ended_on, end_reason, introduced_by FROM trust_links WHERE individual_id = ? AND trusted_person_id = ? AND started_on = ?",
            individualID, trustedID, row.startedOn.iso)
        if let existing {
            let id: Int64 = try existing.get("id")
            let role: String = try existing.get("role")
            let currentStatus: String = try existing.get("status")
            let endedOn: String? = try existing.get("ended_on")
            let endReason: String? = try existing.get("end_reason")
            let introducer: Int64? = try existing.get("introduced_by")
            let same = role == row.role.rawValue && currentStatus == status && endedOn == row.endedOn?.iso
                && endReason == row.endReason?.rawValue && introducer == introducedBy
            if same { return .unchanged }
            try db.execute(
                "UPDATE trust_links SET role = ?, status = ?, ended_on = ?, end_reason = ?, introduced_by = ? WHERE id = ?",
                row.role.rawValue, status, row.endedOn?.iso, row.endReason?.rawValue ?? (row.endedOn == nil ? nil : EndReason.other.rawValue),
                introducedBy, id)
            try TrustLinkStore.event(id, "updated by import", detail: file, by: userID, now: now, db)
            return .changed
        }
        try db.execute(
            """
            INSERT INTO trust_links (individual_id, trusted_person_id, role, status, confirmed_by_individual, how_it_came_about,
                introduced_by, started_on, ended_on, end_reason, created_by, created_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)
            """,
            individualID, trustedID, row.role.rawValue, status, "Imported from \(file)", introducedBy, row.startedOn.iso,
            row.endedOn?.iso, row.endReason?.rawValue ?? (row.endedOn == nil ? nil : EndReason.other.rawValue), userID, now)
        try TrustLinkStore.event(db.lastInsertRowID, "imported", detail: file, by: userID, now: now, db)
        return .added
    }
}
