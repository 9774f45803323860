import Domain
import Foundation
import SQLite

/// SQL for accommodation and unplanned service use per support quarter; a quarter's record
/// is replaced when recorded again (import matches on the same key). Columns come only from
/// the closed setting and kind enums. Accommodation is read under `assessments` (ASSESSMENTS.md:
/// an outcome measure); service use kind by kind under its own category.
enum QuarterRecordStore {
    static func saveAccommodation(_ record: AccommodationRecord, individualID: Int64, by userID: Int64?, now: Date, _ db: Database) throws {
        let settings = AccommodationSetting.allCases
        try upsert(
            "accommodation_quarters", individualID: individualID, quarter: record.quarter, columns: settings.map(\.rawValue),
            values: settings.map { record.nights($0) }, by: userID, now: now, db)
        try saveTenancyType(record.tenancyType, individualID: individualID, quarter: record.quarter, db)
    }

    /// Sets a stored quarter's tenancy type (nil: not known).
    static func saveTenancyType(_ type: TenancyType?, individualID: Int64, quarter: Int, _ db: Database) throws {
        try db.execute(
            "UPDATE accommodation_quarters SET tenancy_type = ? WHERE individual_id = ? AND support_quarter = ?", type?.rawValue,
            individualID, quarter)
    }

    /// The tenancy type stored for a quarter: nil when no record, `.some(nil)` when not known.
    static func storedTenancyType(individualID: Int64, quarter: Int, _ db: Database) throws -> TenancyType?? {
        guard let row = try db.queryOne(
            "SELECT tenancy_type FROM accommodation_quarters WHERE individual_id = ? AND support_quarter = ?", individualID, quarter)
        else { return nil }
        return .some(try row.optionalVocabulary("tenancy_type"))
    }

    static func saveServiceUse(_ record: ServiceUseRecord, individualID: Int64, by userID: Int64?, now: Date, _ db: Database) throws {
        let kinds = ServiceUseKind.allCases
        try upsert(
            "service_use_quarters", individualID: individualID, quarter: record.quarter, columns: kinds.map(\.rawValue),
            values: kinds.map { record.count($0) }, by: userID, now: now, db)
    }

    static func accommodation(_ individualID: Int64, _ readable: Readable, _ db: Database) throws -> [AccommodationRecord]? {
        guard readable.allows(.assessments) else { return nil }
        return try db.query("SELECT * FROM accommodation_quarters WHERE individual_id = ? ORDER BY support_quarter", individualID).map { row in
            AccommodationRecord(
                quarter: try row.get("support_quarter"),
                nights: Dictionary(uniqueKeysWithValues: try AccommodationSetting.allCases.map { ($0, try row.get($0.rawValue) as Int) }),
                tenancyType: try row.optionalVocabulary("tenancy_type"))
        }
    }

    /// Service use, each kind only when `readable` allows its own category (prison nights,
    /// arrests and Section 136 under `justice`; admissions and A&E under `health`; evictions
    /// under `housing`); nil when no kind may be read.
    static func serviceUse(_ individualID: Int64, _ readable: Readable, _ db: Database) throws -> (kinds: [ServiceUseKind], records: [ServiceUseRecord])? {
        let kinds = ServiceUseKind.allCases.filter { readable.allows($0.category) }
        guard !kinds.isEmpty else { return nil }
        let records = try db.query("SELECT * FROM service_use_quarters WHERE individual_id = ? ORDER BY support_quarter", individualID).map { row in
            ServiceUseRecord(
                quarter: try row.get("support_quarter"),
                counts: Dictionary(uniqueKeysWithValues: try kinds.map { ($0, try row.get($0.rawValue) as Int) }))
        }
        return (kinds, records)
    }

    /// The nights per setting (in `AccommodationSetting` order) stored for a quarter, if any.
    static func storedAccommodation(individualID: Int64, quarter: Int, _ db: Database) throws -> [Int]? {
        try stored("accommodation_quarters", AccommodationSetting.allCases.map(\.rawValue), individualID, quarter, db)
    }

    /// The counts per kind (in `ServiceUseKind` order) stored for a quarter, if any.
    static func storedServiceUse(individualID: Int64, quarter: Int, _ db: Database) throws -> [Int]? {
        try stored("service_use_quarters", ServiceUseKind.allCases.map(\.rawValue), individualID, quarter, db)
    }

    private static func stored(_ table: String, _ columns: [String], _ individualID: Int64, _ quarter: Int, _ db: Database) throws -> [Int]? {
        try db.queryOne(
            "SELECT \(columns.joined(separator: ", ")) FROM \(table) WHERE individual_id = ? AND support_quarter = ?", individualID, quarter
        ).map { row in try (0..<columns.count).map { try row.get($0) } }
    }

    private static func upsert(
        _ table: String, individualID: Int64, quarter: Int, columns: [String], values: [Int], by userID: Int64?, now: Date, _ db: Database
    ) throws {
        let all = ["individual_id", "support_quarter"] + columns + ["recorded_by", "recorded_at"]
        let updates = (columns + ["recorded_by", "recorded_at"]).map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        var arguments: [(any SQLBindable)?] = [individualID, quarter]
        arguments += values.map { $0 }
        arguments += [userID, now]
        try db.execute(
            AssessmentStore.insertSQL(table, all) + " ON CONFLICT (individual_id, support_quarter) DO UPDATE SET " + updates,
            arguments: arguments)
        try IndividualStore.touch(individualID, now: now, db)
    }
}
