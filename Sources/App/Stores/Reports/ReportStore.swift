import Domain
import Foundation
import SQLite

/// Gathers everything the quarterly report needs, in one read snapshot, as plain values for
/// `QuarterlyReport.compute`. No names leave the database: only ids, districts, dates,
/// ratings and counts. Rows are read by position for speed (a report covers every person).
enum ReportStore {
    static func input(for quarter: ReportQuarter, _ db: Database) throws -> ReportInput {
        var input = ReportInput(quarter: quarter)
        try db.forEachRow("SELECT id, district, opened_on, closed_on FROM individuals") { row in
            guard let district = District(rawValue: try row.get(1)) else { return }
            input.people.append(ReportPerson(id: try row.get(0), district: district, openedOn: try date(row, 2), closedOn: try date(row, 3)))
        }
        try db.forEachRow("SELECT individual_id, role, started_on, ended_on, end_reason FROM trust_links WHERE status != 'proposed'") { row in
            guard let role = TrustRole(rawValue: try row.get(1)), let started = try date(row, 2) else { return }
            input.links.append(ReportLink(
                personID: try row.get(0), role: role, startedOn: started, endedOn: try date(row, 3),
                endReason: (try row.get(4) as String?).flatMap(EndReason.init(rawValue:))))
        }
        let ndtColumns = NDTItem.allCases.map(\.rawValue).joined(separator: ", ")
        try db.forEachRow(
            "SELECT individual_id, assessed_on, \(ndtColumns) FROM ndt_assessments a WHERE version = (SELECT max(version) FROM ndt_assessments b WHERE b.assessment_id = a.assessment_id)"
        ) { row in
            guard let on = try date(row, 1) else { return }
            var ratings: [NDTItem: Int] = [:]
            for (index, item) in NDTItem.allCases.enumerated() { ratings[item] = try row.get(2 + index) }
            input.ndt.append(ReportNDT(personID: try row.get(0), assessedOn: on, ratings: ratings))
        }
        let starColumns = StarArea.allCases.map(\.rawValue).joined(separator: ", ")
        try db.forEachRow(
            "SELECT individual_id, assessed_on, star_version, \(starColumns) FROM star_readings a WHERE version = (SELECT max(version) FROM star_readings b WHERE b.reading_id = a.reading_id)"
        ) { row in
            guard let on = try date(row, 1) else { return }
            var scores: [StarArea: Int] = [:]
            for (index, area) in StarArea.allCases.enumerated() { scores[area] = try row.get(3 + index) }
            input.star.append(ReportStar(personID: try row.get(0), assessedOn: on, scores: scores, version: try row.get(2)))
        }
        let settings = AccommodationSetting.allCases
        try db.forEachRow("SELECT individual_id, support_quarter, \(settings.map(\.rawValue).joined(separator: ", ")) FROM accommodation_quarters") { row in
            var nights: [AccommodationSetting: Int] = [:]
            for (index, setting) in settings.enumerated() { nights[setting] = try row.get(2 + index) }
            input.accommodation.append(ReportAccommodation(personID: try row.get(0), quarter: try row.get(1), nights: nights))
        }
        let kinds = ServiceUseKind.allCases
        try db.forEachRow("SELECT individual_id, support_quarter, \(kinds.map(\.rawValue).joined(separator: ", ")) FROM service_use_quarters") { row in
            var counts: [ServiceUseKind: Int] = [:]
            for (index, kind) in kinds.enumerated() { counts[kind] = try row.get(2 + index) }
            input.serviceUse.append(ReportServiceUse(personID: try row.get(0), quarter: try row.get(1), counts: counts))
        }
        try db.forEachRow("SELECT raised_on, status, resolved_on FROM barriers") { row in
            guard let raised = try date(row, 0) else { return }
            let status: String = try row.get(1)
            let ended = try date(row, 2)
            input.barriers.append(ReportBarrier(
                raisedOn: raised, status: status, resolvedOn: status == ReportBarrier.resolved ? ended : nil,
                closedOn: status == ReportBarrier.closedUnresolved ? ended : nil))
        }
        return input
    }

    private static func date(_ row: Row, _ index: Int) throws -> CalendarDate? {
        (try row.get(index) as String?).flatMap(CalendarDate.init(iso:))
    }
}
