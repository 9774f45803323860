/// A row of a `service-use` file: counts per kind in one quarter (0 = before support).
public struct ServiceUseRow: Sendable, Equatable {
    public let line: Int
    public var personRef: String
    public var record: ServiceUseRecord

    public var key: ImportKey { .quarter(personRef: personRef, supportQuarter: record.quarter) }

    /// Reads the row through `QuarterRecordRules.readServiceUse`, or nil with its problems in
    /// `cells.errors`; nights in prison are checked against the longest quarter here and
    /// against the real one by `check(openedOn:today:)`.
    static func read(_ cells: inout ImportCells, line: Int) -> ServiceUseRow? {
        let personRef = cells.personRef("person_ref")
        let row = cells
        let quarter = ProvisionalQuarter(cell: cells[QuarterRecordRules.quarterField])
        let (record, errors) = QuarterRecordRules.readServiceUse(
            field: { row.cell($0) }, support: quarter.support, today: cells.today)
        cells.add(quarter.plain(errors))
        guard cells.errors.isEmpty, let record else { return nil }
        return ServiceUseRow(line: line, personRef: personRef, record: record)
    }

    /// The record's problems once the person's support start is known: the quarter must have
    /// begun by `today` and the nights in prison must fit in its days.
    public func check(openedOn: CalendarDate, today: CalendarDate) -> FieldErrors {
        var errors = FieldErrors()
        record.validate(support: SupportQuarter(openedOn: openedOn), today: today, into: &errors)
        return errors
    }
}
