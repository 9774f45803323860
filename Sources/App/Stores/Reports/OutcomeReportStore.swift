import Domain
import Foundation
import SQLite

/// Reads what the outcomes framework's survey and training metrics need: survey answers by
/// person id (no names, no words), trusted persons' kinds, and training attended.
enum OutcomeReportStore {
    static func read(_ db: Database) throws -> ReportStore.ReadPart {
        var surveys: [ReportSurvey] = []
        var trustedPersons: [ReportTrustedPerson] = []
        var training: [ReportTraining] = []
        let questions = SurveyQuestion.allCases
        try db.forEachCursor(
            "SELECT individual_id, answered_on, \(questions.map(\.rawValue).joined(separator: ", ")) FROM experience_surveys"
        ) { row in
            guard let answeredOn = row.text(1).flatMap(CalendarDate.init(iso:)) else { return }
            var survey = ExperienceSurvey(answeredOn: answeredOn)
            for (position, question) in questions.enumerated() {
                guard let value = row.optionalInt(2 + position) else { continue }
                if question.isYesNo { survey.set(question, yes: value == 1) } else { survey.set(question, scale: value) }
            }
            surveys.append(ReportSurvey(personID: Int64(row.int(0)), survey: survey))
        }
        try db.forEachCursor("SELECT id, kind FROM trusted_people") { row in
            guard let kind = row.text(1).flatMap(TrustedPersonKind.init(rawValue:)) else { return }
            trustedPersons.append(ReportTrustedPerson(id: Int64(row.int(0)), kind: kind))
        }
        try db.forEachCursor(
            "SELECT a.trusted_person_id, s.course, s.held_on FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id"
        ) { row in
            guard let course = row.text(1).flatMap(TrainingCourse.init(rawValue:)),
                let day = row.text(2).flatMap(CalendarDate.init(iso:))
            else { return }
            training.append(ReportTraining(trustedPersonID: Int64(row.int(0)), course: course, attendedOn: day))
        }
        return { input in
            input.surveys = surveys
            input.trustedPersons = trustedPersons
            input.training = training
        }
    }
}
