import Domain
import Foundation
import SQLite

/// Trust links, assessments and quarter records: a row whose key exists with other values is a
/// correction (assessments keep the old version, with the file named as the reason).
extension ImportWriter {
    mutating func writeLink(_ row: TrustLinkRow) throws -> ImportChange {
        guard let individualID = person(row.personRef), let trustedID = trustedKeys[row.trustedKey] else {
            return fail(row.line, "person_ref", "unknown person or trusted person")
        }
        if let refusal = try UnsafeIdentityStore.refusal(individualID: individualID, trustedPersonID: trustedID, db) {
            return fail(row.line, "trusted_key", UnsafeIdentity.importReason(refusal))
        }
        let introducedBy = row.introducedBy.flatMap { trustedKeys[$0] }
        let status: LinkStatus = row.endedOn == nil ? .active : .ended
        let endReason = row.endReason ?? (row.endedOn == nil ? nil : .other)
        if let existing = try TrustLinkStore.find(individualID: individualID, trustedPersonID: trustedID, startedOn: row.startedOn, db) {
            let same = existing.role == row.role && existing.status == status && existing.endedOn == row.endedOn
                && existing.endReason == endReason && existing.introducedBy == introducedBy
            if same { return .unchanged }
            try TrustLinkStore.updateImported(
                existing.id, role: row.role, status: status, endedOn: row.endedOn, endReason: endReason, introducedBy: introducedBy, db)
            try TrustLinkStore.event(existing.id, "updated by import", detail: file, by: userID, now: now, db)
            return .changed
        }
        let link = NewTrustLink(
            trustedPersonID: trustedID, role: row.role, status: status, confirmed: true, howItCameAbout: importedNote,
            individualsWords: "", introducedBy: introducedBy, startedOn: row.startedOn)
        let id = try TrustLinkStore.insert(link, individualID: individualID, endedOn: row.endedOn, endReason: endReason, by: userID, now: now, db)
        try TrustLinkStore.event(id, "imported", detail: file, by: userID, now: now, db)
        return .added
    }

    mutating func writeStar(_ row: StarRow) throws -> ImportChange {
        guard let individualID = person(row.personRef) else { return fail(row.line, "person_ref", "unknown person") }
        let scores = StarArea.allCases.map { row.reading.score($0) }
        if let current = try AssessmentStore.currentStar(individualID: individualID, on: row.reading.assessedOn, db) {
            if current.scores == scores { return .unchanged }
            try AssessmentStore.correctStar(
                current.id, row.reading, tookPart: "", note: "", reason: "Corrected by importing \(file)", individualID: individualID,
                by: userID, now: now, db)
            return .changed
        }
        try AssessmentStore.addStar(row.reading, tookPart: "", note: importedNote, individualID: individualID, by: userID, now: now, db)
        return .added
    }

    mutating func writeNDT(_ row: NDTRow) throws -> ImportChange {
        guard let individualID = person(row.personRef) else { return fail(row.line, "person_ref", "unknown person") }
        let ratings = NDTItem.allCases.map { row.assessment.rating($0) }
        if let current = try AssessmentStore.currentNDT(individualID: individualID, on: row.assessment.assessedOn, db) {
            if current.scores == ratings { return .unchanged }
            try AssessmentStore.correctNDT(
                current.id, row.assessment, reason: "Corrected by importing \(file)", individualID: individualID, by: userID, now: now, db)
            return .changed
        }
        try AssessmentStore.addNDT(row.assessment, individualID: individualID, by: userID, now: now, db)
        return .added
    }

    mutating func writeAccommodation(_ row: AccommodationRow) throws -> ImportChange {
        guard let individualID = person(row.personRef) else { return fail(row.line, "person_ref", "unknown person") }
        let nights = AccommodationSetting.allCases.map { row.record.nights($0) }
        let quarter = row.record.quarter
        let stored = try QuarterRecordStore.storedAccommodation(individualID: individualID, quarter: quarter, db)
        let storedType = try QuarterRecordStore.storedTenancyType(individualID: individualID, quarter: quarter, db)
        var record = row.record
        if !row.hasTenancyTypeColumn, case .some(let kept) = storedType { record.tenancyType = kept }
        if stored == nights, case .some(let type) = storedType, type == record.tenancyType { return .unchanged }
        try QuarterRecordStore.saveAccommodation(record, individualID: individualID, by: userID, now: now, db)
        return stored == nil ? .added : .changed
    }

    mutating func writeServiceUse(_ row: ServiceUseRow) throws -> ImportChange {
        guard let individualID = person(row.personRef) else { return fail(row.line, "person_ref", "unknown person") }
        let counts = ServiceUseKind.allCases.map { row.record.count($0) }
        let stored = try QuarterRecordStore.storedServiceUse(individualID: individualID, quarter: row.record.quarter, db)
        if stored == counts { return .unchanged }
        try QuarterRecordStore.saveServiceUse(row.record, individualID: individualID, by: userID, now: now, db)
        return stored == nil ? .added : .changed
    }
}

/// The outcomes framework's kinds: a survey is matched on the person and day (other answers
/// replace it); a training row adds attendance unless the trusted person is already recorded
/// at that course on that day.
extension ImportWriter {
    mutating func writeSurvey(_ row: SurveyRow) throws -> ImportChange {
        guard let individualID = person(row.personRef) else { return fail(row.line, "person_ref", "unknown person") }
        let stored = try SurveyStore.answers(individualID: individualID, on: row.survey.answeredOn, db)
        if stored == row.survey { return .unchanged }
        try SurveyStore.save(row.survey, individualID: individualID, with: .import, by: userID, now: now, db)
        return stored == nil ? .added : .changed
    }

    mutating func writeTraining(_ row: TrainingRow) throws -> ImportChange {
        guard let trustedID = trustedKeys[row.trustedKey] else { return fail(row.line, "trusted_key", "unknown trusted person") }
        let attendance = TrainingAttendance(course: row.course, attendedOn: row.attendedOn)
        return try TrainingStore.record(attendance, trustedPersonID: trustedID, by: userID, now: now, db) ? .added : .unchanged
    }
}
