import Domain
import Foundation
import SQLite

/// Gathers everything the quarterly report needs, in one read snapshot, as plain values for
/// `QuarterlyReport.compute`. No names leave the database: only ids, districts, dates,
/// ratings and counts. Rows are read by position for speed (a report covers every person).
enum ReportStore {
    /// Only what `compute` can use is read (`ReportInput+Reads`): assessments dated on or before
    /// E and the support quarters some metric compares.
    static func input(for quarter: ReportQuarter, _ db: Database) throws -> ReportInput {
        var input = ReportInput(quarter: quarter)
        let lastDay = ReportInput.lastAssessmentDay(quarter).iso
        try db.forEachCursor("SELECT id, district, opened_on, closed_on, referred_on FROM individuals") { row in
            input.people.append(ReportPerson(
                id: Int64(row.int(0)), district: try vocabulary(row, 1, "district"), openedOn: date(row, 2), closedOn: date(row, 3), referredOn: date(row, 4)))
        }
        try db.forEachCursor("SELECT individual_id, role, started_on, ended_on, end_reason, trusted_person_id FROM trust_links WHERE status != 'proposed'") { row in
            guard let started = date(row, 2) else { return }
            input.links.append(ReportLink(
                personID: Int64(row.int(0)), role: try vocabulary(row, 1, "role"), startedOn: started, endedOn: date(row, 3),
                endReason: row.text(4) == nil ? nil : try vocabulary(row, 4, "end_reason") as EndReason, trustedPersonID: Int64(row.int(5))))
        }
        let items = NDTItem.allCases
        var ndt = ValueTable<NDTItem, (Int64, CalendarDate)>()
        try db.forEachCursor(
            "SELECT individual_id, assessed_on, \(items.map(\.rawValue).joined(separator: ", ")) FROM ndt_assessments a "
                + "WHERE NOT EXISTS (SELECT 1 FROM ndt_assessments b WHERE b.assessment_id = a.assessment_id AND b.version > a.version) "
                + "AND a.assessed_on <= ?", lastDay
        ) { row in
            guard let on = date(row, 1) else { return }
            ndt.append(row, from: 2, (Int64(row.int(0)), on))
        }
        input.ndt = ndt.records { ReportNDT(personID: $0.0, assessedOn: $0.1, ratings: $1) }
        let areas = StarArea.allCases
        var star = ValueTable<StarArea, (Int64, CalendarDate, String)>()
        try db.forEachCursor(
            "SELECT individual_id, assessed_on, star_version, \(areas.map(\.rawValue).joined(separator: ", ")) FROM star_readings a "
                + "WHERE NOT EXISTS (SELECT 1 FROM star_readings b WHERE b.reading_id = a.reading_id AND b.version > a.version) "
                + "AND a.assessed_on <= ?", lastDay
        ) { row in
            guard let on = date(row, 1) else { return }
            star.append(row, from: 3, (Int64(row.int(0)), on, row.text(2) ?? ""))
        }
        input.star = star.records { ReportStar(personID: $0.0, assessedOn: $0.1, scores: $1, version: $0.2) }
        let settings = AccommodationSetting.allCases
        var accommodation = ValueTable<AccommodationSetting, (Int64, Int, TenancyType?)>()
        try db.forEachCursor(
            "SELECT individual_id, support_quarter, tenancy_type, \(settings.map(\.rawValue).joined(separator: ", ")) FROM accommodation_quarters "
                + "WHERE support_quarter IN (\(list(ReportInput.accommodationQuartersRead)))"
        ) { row in
            accommodation.append(row, from: 3, (Int64(row.int(0)), row.int(1), row.text(2).flatMap(TenancyType.init(rawValue:))))
        }
        input.accommodation = accommodation.records { ReportAccommodation(personID: $0.0, quarter: $0.1, nights: $1, tenancyType: $0.2) }
        let kinds = ServiceUseKind.allCases
        var serviceUse = ValueTable<ServiceUseKind, (Int64, Int)>()
        try db.forEachCursor("SELECT individual_id, support_quarter, \(kinds.map(\.rawValue).joined(separator: ", ")) FROM service_use_quarters "
                + "WHERE support_quarter IN (\(list(ReportInput.serviceUseQuartersRead)))"
        ) { row in
            serviceUse.append(row, from: 2, (Int64(row.int(0)), row.int(1)))
        }
        input.serviceUse = serviceUse.records { ReportServiceUse(personID: $0.0, quarter: $0.1, counts: $1) }
        input.barriers = try barriers(db)
        try OutcomeReportStore.read(into: &input, db)
        return input
    }

    /// Every barrier as the report reads it (the network page's trend reads the same).
    static func barriers(_ db: Database) throws -> [ReportBarrier] {
        var barriers: [ReportBarrier] = []
        try db.forEachCursor("SELECT raised_on, status, resolved_on, action_plan_on FROM barriers") { row in
            guard let raised = date(row, 0), let status = row.text(1) else { return }
            let ended = date(row, 2)
            barriers.append(ReportBarrier(
                raisedOn: raised, status: status, resolvedOn: status == ReportBarrier.resolved ? ended : nil,
                closedOn: status == ReportBarrier.closedUnresolved ? ended : nil, actionPlanOn: date(row, 3)))
        }
        return barriers
    }

    /// A column decoded into its closed vocabulary; an unknown value throws.
    private static func vocabulary<T: RawRepresentable>(_ row: borrowing RowCursor, _ index: Int, _ column: String) throws -> T
    where T.RawValue == String {
        let text = row.text(index) ?? ""
        guard let value = T(rawValue: text) else { throw UnknownStoredValue(column: column, value: text) }
        return value
    }

    /// Whole numbers from the Domain's constants as an SQL list (`1, 2, 4, 6`): numbers, never input.
    private static func list(_ numbers: [Int]) -> String {
        numbers.map(String.init).joined(separator: ", ")
    }

    private static func date(_ row: borrowing RowCursor, _ index: Int) -> CalendarDate? {
        row.text(index).flatMap(CalendarDate.init(iso:))
    }
}

extension ReportStore {
    /// SQLite's `PRAGMA data_version` on this connection: it changes whenever another
    /// connection has committed to the file since this connection last looked.
    static func dataVersion(_ db: Database) throws -> Int64 {
        try db.scalar("PRAGMA data_version") ?? 0
    }
}
