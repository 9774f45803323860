/// A row of a `survey` file: one person's experience survey answered on one day
/// (REPORTS.md, "Additions for the programme's outcomes framework"). Every answer may be empty.
public struct SurveyRow: Sendable, Equatable {
    public let line: Int
    public var personRef: String
    public var survey: ExperienceSurvey

    public var key: ImportKey { .survey(personRef: personRef, answeredOn: survey.answeredOn) }

    /// Reads the row through `ExperienceSurvey.read`, the survey form's own rules, with the
    /// import's spellings of yes and no (y/n, true/false, 1/0) accepted too; nil with its
    /// problems in `cells.errors`.
    static func read(_ cells: inout ImportCells, line: Int) -> SurveyRow? {
        let personRef = cells.personRef("person_ref")
        let answeredOn = cells.date("answered_on", required: true)
        let row = cells
        let (survey, errors) = ExperienceSurvey.read(
            { name in
                guard let question = SurveyQuestion(rawValue: name), question.isYesNo else { return row.cell(name) }
                let text = row[name]
                return ImportValues.yesNo(text).map { $0 ? "yes" : "no" } ?? text
            }, answeredOn: answeredOn ?? cells.today)
        cells.add(errors)
        guard cells.errors.isEmpty, let answeredOn, var survey else { return nil }
        survey.answeredOn = answeredOn
        return SurveyRow(line: line, personRef: personRef, survey: survey)
    }
}

/// A row of a `training` file: a trusted person attended a course on a day.
public struct TrainingRow: Sendable, Equatable {
    public let line: Int
    public var trustedKey: String
    public var course: TrainingCourse
    public var attendedOn: CalendarDate

    public var key: ImportKey { .training(trustedKey: trustedKey, course: course, attendedOn: attendedOn) }

    /// Reads the row, or nil with its problems in `cells.errors`; whether the key names a
    /// trusted person is `ImportReferences`' question.
    static func read(_ cells: inout ImportCells, line: Int) -> TrainingRow? {
        let trustedKey = cells.key("trusted_key")
        let course = cells.choice("course", as: TrainingCourse.self)
        let attendedOn = cells.date("attended_on", required: true)
        guard cells.errors.isEmpty, let trustedKey, let course, let attendedOn else { return nil }
        return TrainingRow(line: line, trustedKey: trustedKey, course: course, attendedOn: attendedOn)
    }
}
