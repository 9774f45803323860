/// A row of a `star` file: one Homelessness Outcomes Star reading for one person.
public struct StarRow: Sendable, Equatable {
    public let line: Int
    public var personRef: String
    public var reading: StarReading

    public var key: ImportKey { .assessment(personRef: personRef, assessedOn: reading.assessedOn) }

    /// Reads the row through `AssessmentRules.readStar`, the form's own rules, or nil with its
    /// problems in `cells.errors`. The person's dates are not known here, so the check against
    /// them is left to `ImportReferences`.
    static func read(_ cells: inout ImportCells, line: Int) -> StarRow? {
        let personRef = cells.personRef("person_ref")
        let row = cells
        let (reading, errors) = AssessmentRules.readStar(
            field: { row.cell($0) }, today: cells.today, referredOn: .earliestImportable)
        cells.add(errors)
        guard cells.errors.isEmpty, let reading else { return nil }
        return StarRow(line: line, personRef: personRef, reading: reading)
    }
}

extension CalendarDate {
    /// A day before anything an import holds, for rules that want a lower bound this step
    /// cannot know yet.
    static let earliestImportable = CalendarDate(year: 1, month: 1, day: 1)!
}
