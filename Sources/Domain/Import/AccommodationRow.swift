/// A row of an `accommodation` file: nights per setting in one quarter of one person's support.
public struct AccommodationRow: Sendable, Equatable {
    public let line: Int
    public var personRef: String
    public var record: AccommodationRecord
    /// Whether the file has a `tenancy_type` column: without one, an import leaves the stored
    /// tenancy type as it is (files made before the column existed change nothing).
    public var hasTenancyTypeColumn = true

    public var key: ImportKey { .quarter(personRef: personRef, supportQuarter: record.quarter) }

    /// Reads the row through `QuarterRecordRules.readAccommodation`, or nil with its problems in
    /// `cells.errors`. Each setting is checked against 0–92 and the total against the longest
    /// quarter (92 days); the quarter's real length and start depend on the person's
    /// `opened_on`, so `check(openedOn:today:)` finishes the job once that is known.
    static func read(_ cells: inout ImportCells, line: Int) -> AccommodationRow? {
        let personRef = cells.personRef("person_ref")
        let row = cells
        let quarter = ProvisionalQuarter(cell: cells[QuarterRecordRules.quarterField])
        let (record, errors) = QuarterRecordRules.readAccommodation(
            field: { row.cell($0) }, support: quarter.support, today: cells.today)
        cells.add(quarter.plain(errors))
        guard cells.errors.isEmpty, let record else { return nil }
        return AccommodationRow(
            line: line, personRef: personRef, record: record,
            hasTenancyTypeColumn: cells.cell(QuarterRecordRules.tenancyTypeField) != nil)
    }

    /// The record's problems once the person's support start is known: the quarter must have
    /// begun by `today` and its nights must fit in its days (messages under `support_quarter`
    /// and `total_nights`).
    public func check(openedOn: CalendarDate, today: CalendarDate) -> FieldErrors {
        var errors = FieldErrors()
        record.validate(support: SupportQuarter(openedOn: openedOn), today: today, into: &errors)
        return errors
    }
}
