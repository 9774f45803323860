import Domain
import Foundation
import SQLite

/// Gathers everything the quarterly report needs, in one read snapshot, as plain values for
/// `QuarterlyReport.compute`. No names leave the database: only ids, districts, dates,
/// ratings and counts. Rows are read by position for speed (a report covers every person).
enum ReportStore {
    /// A half of the report's reads, done: what it read, to be put into the input.
    typealias ReadPart = (inout ReportInput) -> Void

    /// Only what `compute` can use is read (`ReportInput+Reads`): assessments dated on or before
    /// E and the support quarters some metric compares.
    static func input(for quarter: ReportQuarter, _ db: Database) throws -> ReportInput {
        var input = ReportInput(quarter: quarter)
        try firstHalf(quarter, db)(&input)
        try secondHalf(quarter, db)(&input)
        return input
    }

    /// The same input as `input(for:_:)` over one snapshot, its two halves read at the same
    /// time on two of the pool's readers (`DatabasePool.readSideBySide`); `note` runs on each
    /// reader inside the same snapshot (the report cache notes their data versions there).
    static func input<Note>(
        for quarter: ReportQuarter, _ pool: DatabasePool, noting note: (Database) throws -> Note
    ) throws -> (ReportInput, [Note]) {
        let ((first, firstNote), (second, secondNote)) = try pool.readSideBySide(
            { db in (try firstHalf(quarter, db), try note(db)) }, { db in (try secondHalf(quarter, db), try note(db)) })
        var input = ReportInput(quarter: quarter)
        first(&input)
        second(&input)
        return (input, [firstNote, secondNote])
    }

    /// People, links, NDT assessments and accommodation: about half of the reading.
    private static func firstHalf(_ quarter: ReportQuarter, _ db: Database) throws -> ReadPart {
        var people: [ReportPerson] = []
        try db.forEachCursor("SELECT id, district, opened_on, closed_on, referred_on FROM individuals") { row in
            people.append(ReportPerson(
                id: Int64(row.int(0)), district: try vocabulary(row, 1, "district"), openedOn: date(row, 2), closedOn: date(row, 3), referredOn: date(row, 4)))
        }
        var links: [ReportLink] = []
        try db.forEachCursor("SELECT individual_id, role, started_on, ended_on, end_reason, trusted_person_id FROM trust_links WHERE status != 'proposed'") { row in
            guard let started = date(row, 2) else { return }
            links.append(ReportLink(
                personID: Int64(row.int(0)), role: try vocabulary(row, 1, "role"), startedOn: started, endedOn: date(row, 3),
                endReason: row.text(4) == nil ? nil : try vocabulary(row, 4, "end_reason") as EndReason, trustedPersonID: Int64(row.int(5))))
        }
        let lastDay = ReportInput.lastAssessmentDay(quarter).iso
        let items = NDTItem.allCases
        var ndt = ValueTable<NDTItem, (Int64, CalendarDate)>()
        let correctedNDT = try latestVersions(db, "SELECT assessment_id, max(version) FROM ndt_assessments WHERE version > 1 GROUP BY assessment_id")
        try db.forEachCursor(
            "SELECT assessment_id, version, individual_id, assessed_on, \(items.map(\.rawValue).joined(separator: ", ")) FROM ndt_assessments "
                + "WHERE assessed_on <= ?", lastDay
        ) { row in
            guard !isSuperseded(row, correctedNDT), let on = date(row, 3) else { return }
            ndt.append(row, from: 4, (Int64(row.int(2)), on))
        }
        let ndtRecords = ndt.records { ReportNDT(personID: $0.0, assessedOn: $0.1, ratings: $1) }
        let accommodation = try accommodation(db)
        return { input in
            input.people = people
            input.links = links
            input.ndt = ndtRecords
            input.accommodation = accommodation
        }
    }

    /// Star readings, service use, barriers and the outcomes framework's survey and training.
    private static func secondHalf(_ quarter: ReportQuarter, _ db: Database) throws -> ReadPart {
        let lastDay = ReportInput.lastAssessmentDay(quarter).iso
        let areas = StarArea.allCases
        var star = ValueTable<StarArea, (Int64, CalendarDate, String)>()
        let correctedStar = try latestVersions(db, "SELECT reading_id, max(version) FROM star_readings WHERE version > 1 GROUP BY reading_id")
        try db.forEachCursor(
            "SELECT reading_id, version, individual_id, assessed_on, star_version, \(areas.map(\.rawValue).joined(separator: ", ")) FROM star_readings "
                + "WHERE assessed_on <= ?", lastDay
        ) { row in
            guard !isSuperseded(row, correctedStar), let on = date(row, 3) else { return }
            star.append(row, from: 5, (Int64(row.int(2)), on, row.text(4) ?? ""))
        }
        let starRecords = star.records { ReportStar(personID: $0.0, assessedOn: $0.1, scores: $1, version: $0.2) }
        let kinds = ServiceUseKind.allCases
        var serviceUse = ValueTable<ServiceUseKind, (Int64, Int)>()
        try db.forEachCursor("SELECT individual_id, support_quarter, \(kinds.map(\.rawValue).joined(separator: ", ")) FROM service_use_quarters "
                + "WHERE support_quarter IN (\(list(ReportInput.serviceUseQuartersRead)))"
        ) { row in
            serviceUse.append(row, from: 2, (Int64(row.int(0)), row.int(1)))
        }
        let serviceUseRecords = serviceUse.records { ReportServiceUse(personID: $0.0, quarter: $0.1, counts: $1) }
        let barriers = try barriers(db)
        let outcomes = try OutcomeReportStore.read(db)
        return { input in
            input.star = starRecords
            input.serviceUse = serviceUseRecords
            input.barriers = barriers
            outcomes(&input)
        }
    }

    private static func accommodation(_ db: Database) throws -> [ReportAccommodation] {
        let settings = AccommodationSetting.allCases
        var accommodation = ValueTable<AccommodationSetting, (Int64, Int, TenancyType?)>()
        try db.forEachCursor(
            "SELECT individual_id, support_quarter, tenancy_type, \(settings.map(\.rawValue).joined(separator: ", ")) FROM accommodation_quarters "
                + "WHERE support_quarter IN (\(list(ReportInput.accommodationQuartersRead)))"
        ) { row in
            accommodation.append(row, from: 3, (Int64(row.int(0)), row.int(1), row.text(2).flatMap(TenancyType.init(rawValue:))))
        }
        return accommodation.records { ReportAccommodation(personID: $0.0, quarter: $0.1, nights: $1, tenancyType: $0.2) }
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

    /// The newest version of every assessment (or reading) that has been corrected, by its id.
    ///
    /// Only the current version of an assessment counts. A correction adds a row with the next
    /// version and keeps the earlier ones (`AssessmentStore`: the first version is 1, each
    /// correction the highest so far plus one), so only ids with a version above 1 have earlier
    /// versions to leave out. Asking for those few beats a correlated look-up per row.
    private static func latestVersions(_ db: Database, _ sql: String) throws -> [Int64: Int] {
        var latest: [Int64: Int] = [:]
        try db.forEachCursor(sql) { row in latest[Int64(row.int(0))] = row.int(1) }
        return latest
    }

    /// Whether the row (id in column 0, version in column 1) is an earlier version of a
    /// corrected assessment.
    private static func isSuperseded(_ row: borrowing RowCursor, _ latest: [Int64: Int]) -> Bool {
        guard !latest.isEmpty, let newest = latest[Int64(row.int(0))] else { return false }
        return row.int(1) < newest
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
