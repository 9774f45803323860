import Domain
import HTTP

/// The experience survey answered with a member of staff, decoded from the staff survey form:
/// the date it was answered and one answer per question.
struct StaffSurveyForm: DecodedForm {
    static let fields = SurveyQuestion.allCases.map(\.rawValue) + ["answered_on"]

    let survey: ExperienceSurvey

    /// Decodes the form: a real date not in the future, and answers the survey's rules accept.
    static func decode(_ input: SubmittedForm, today: CalendarDate, into errors: inout FieldErrors) -> StaffSurveyForm? {
        let answeredOn = DateRules.required(input["answered_on"], field: "answered_on", today: today, into: &errors)
        let (survey, answerErrors) = ExperienceSurvey.read({ input[$0] }, answeredOn: answeredOn ?? today)
        errors.add(answerErrors)
        guard errors.isEmpty, let answeredOn, var survey else { return nil }
        survey.answeredOn = answeredOn
        return StaffSurveyForm(survey: survey)
    }
}

/// The answers a person gives on the screens of their own survey, decoded once they save.
struct MySurveyForm {
    let survey: ExperienceSurvey

    /// Decodes the answers collected across the screens (`SurveyView.input`), dated `today`.
    static func decode(_ answers: [String: String], today: CalendarDate, into errors: inout FieldErrors) -> MySurveyForm? {
        let (survey, found) = ExperienceSurvey.read({ answers[$0] }, answeredOn: today)
        errors.add(found)
        guard errors.isEmpty, let survey else { return nil }
        return MySurveyForm(survey: survey)
    }
}
