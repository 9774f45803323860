/// A row of an `ndt` file: one NDT Assessment (raw 0–4 ratings) for one person.
public struct NDTRow: Sendable, Equatable {
    public let line: Int
    public var personRef: String
    public var assessment: NDTAssessment

    public var key: ImportKey { .assessment(personRef: personRef, assessedOn: assessment.assessedOn) }

    /// Reads the row through `AssessmentRules.readNDT`, the form's own rules (including the
    /// optional `period_note` the form has), or nil with its problems in `cells.errors`.
    static func read(_ cells: inout ImportCells, line: Int) -> NDTRow? {
        let personRef = cells.personRef("person_ref")
        let row = cells
        let (assessment, errors) = AssessmentRules.readNDT(
            field: { row.cell($0) }, today: cells.today, referredOn: .earliestImportable)
        cells.add(errors)
        guard cells.errors.isEmpty, let assessment else { return nil }
        return NDTRow(line: line, personRef: personRef, assessment: assessment)
    }
}
