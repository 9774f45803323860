import Domain
import Foundation
import SQLite

/// Assessments, quarter records and barriers: a row whose key exists with other values is a
/// correction (assessments keep the old version, with the file named as the reason).
extension ImportWriter {
    mutating func writeStar(_ row: StarRow) throws -> Change {
        guard let individualID = personID(row.personRef) else { return fail(row.line, "person_ref", "unknown person") }
        let columns = StarArea.allCases.map(\.rawValue)
        let existing = try latest("star_readings", "reading_id", columns, individualID, row.reading.assessedOn)
        let values = StarArea.allCases.map { row.reading.score($0) }
        if let (id, current) = existing {
            if current == values { return .unchanged }
            try AssessmentStore.correctStar(
                id, row.reading, tookPart: "", note: "", reason: "Corrected by importing \(file)", individualID: individualID, by: userID, now: now, db)
            return .changed
        }
        try AssessmentStore.addStar(row.reading, tookPart: "", note: "Imported from \(file)", individualID: individualID, by: userID, now: now, db)
        return .added
    }

    mutating func writeNDT(_ row: NDTRow) throws -> Change {
        guard let individualID = personID(row.personRef) else { return fail(row.line, "person_ref", "unknown person") }
        let columns = NDTItem.allCases.map(\.rawValue)
        let existing = try latest("ndt_assessments", "assessment_id", columns, individualID, row.assessment.assessedOn)
        let values = NDTItem.allCases.map { row.assessment.rating($0) }
        if let (id, current) = existing {
            if current == values { return .unchanged }
            try AssessmentStore.correctNDT(id, row.assessment, reason: "Corrected by importing \(file)", individualID: individualID, by: userID, now: now, db)
            return .changed
        }
        try AssessmentStore.addNDT(row.assessment, individualID: individualID, by: userID, now: now, db)
        return .added
    }

    /// The current version's id and scores of the assessment on `day`, if there is one.
    private func latest(_ table: String, _ key: String, _ columns: [String], _ individualID: Int64, _ day: CalendarDate) throws -> (Int64, [Int])? {
        guard let row = try db.queryOne(
            "SELECT \(key), \(columns.joined(separator: ", ")) FROM \(table) WHERE individual_id = ? AND assessed_on = ? ORDER BY version DESC LIMIT 1",
            individualID, day.iso)
        else { return nil }
        return (try row.get(0), try (1...columns.count).map { try row.get($0) })
    }

    mutating func writeQuarter(_ ref: String, line: Int, accommodation: AccommodationRecord?, serviceUse: ServiceUseRecord?) throws -> Change {
        guard let individualID = personID(ref) else { return fail(line, "person_ref", "unknown person") }
        let table = accommodation != nil ? "accommodation_quarters" : "service_use_quarters"
        let columns = accommodation != nil ? AccommodationSetting.allCases.map(\.rawValue) : ServiceUseKind.allCases.map(\.rawValue)
        let values = accommodation.map { record in AccommodationSetting.allCases.map { record.nights($0) } }
            ?? serviceUse.map { record in ServiceUseKind.allCases.map { record.count($0) } } ?? []
        let quarter = accommodation?.quarter ?? serviceUse?.quarter ?? 0
        let current = try db.queryOne(
            "SELECT \(columns.joined(separator: ", ")) FROM \(table) WHERE individual_id = ? AND support_quarter = ?", individualID, quarter)
        if let current, try (0..<columns.count).map({ try current.get($0) as Int }) == values { return .unchanged }
        if let accommodation {
            try QuarterRecordStore.saveAccommodation(accommodation, individualID: individualID, by: userID, now: now, db)
        } else if let serviceUse {
            try QuarterRecordStore.saveServiceUse(serviceUse, individualID: individualID, by: userID, now: now, db)
        }
        return current == nil ? .added : .changed
    }

    mutating func writeBarrier(_ row: BarrierRow) throws -> Change {
        let fields: [(any SQLBindable)?] = [
            row.title, row.category.rawValue, row.raisedOn.iso, row.status.rawValue, row.level?.rawValue, row.actionPlanOn?.iso,
            row.escalatedOn?.iso, row.resolvedOn?.iso, row.organisations.joined(separator: "; "),
        ]
        if let current = try db.queryOne(
            "SELECT title, category, raised_on, status, level, action_plan_on, escalated_on, resolved_on, organisations FROM barriers WHERE ref = ?", row.ref)
        {
            if zip(fields, 0..<fields.count).allSatisfy({ ($0.0?.sqlValue ?? .null) == current[$0.1] }) { return .unchanged }
            try db.execute(
                """
                UPDATE barriers SET title = ?, category = ?, raised_on = ?, status = ?, level = ?, action_plan_on = ?, escalated_on = ?,
                    resolved_on = ?, organisations = ?, recorded_by = ?, recorded_at = ? WHERE ref = ?
                """, arguments: fields + [userID, now, row.ref])
            return .changed
        }
        try db.execute(
            """
            INSERT INTO barriers (title, category, raised_on, status, level, action_plan_on, escalated_on, resolved_on, organisations,
                recorded_by, recorded_at, ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: fields + [userID, now, row.ref])
        return .added
    }
}
