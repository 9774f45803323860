/// The `survey.*` metrics (REPORTS.md, the outcomes framework's additions): each person's
/// latest survey answered in (E − 182 days, E] — an older one in the window is superseded, one
/// answered on E − 182 days or after E is left out. `survey.responses` counts those people;
/// each question's share is over the latest surveys that answer it (an empty answer is in no
/// denominator): yes for the yes/no questions, 4 or 5 for the scales.
enum SurveyMetrics {
    /// The window's length in days, ending on E.
    static let windowDays = ExperienceSurvey.dueAfterDays
    /// A scale answer at least this high counts as agreeing.
    static let agrees = 4

    static func add(to builder: inout RowBuilder, index: ReportIndex, surveys: [ReportSurvey]) {
        var latest = [Int: ExperienceSurvey]()
        for record in surveys {
            guard let slot = index.slot(record.personID) else { continue }
            let day = record.survey.answeredOn.dayNumber
            guard day <= index.endDay, day > index.endDay - windowDays else { continue }
            if let kept = latest[slot], kept.answeredOn >= record.survey.answeredOn { continue }
            latest[slot] = record.survey
        }
        var responses = GroupTally()
        let questions = SurveyQuestion.allCases
        var answered = [GroupTally](repeating: GroupTally(), count: questions.count)
        var positive = [GroupTally](repeating: GroupTally(), count: questions.count)
        for (slot, survey) in latest {
            let groups = index.groups[slot]
            responses.add(to: groups)
            for (position, question) in questions.enumerated() {
                guard let answer = survey.answer(question) else { continue }
                answered[position].add(to: groups)
                if isPositive(answer, question) { positive[position].add(to: groups) }
            }
        }
        builder.counts("survey.responses", responses)
        for (position, question) in questions.enumerated() {
            builder.ratios("survey.\(metricName(question))", positive[position], over: answered[position], as: .percentage)
        }
    }

    /// The metric's name for a question: `intake_satisfaction` is reported as `intake_satisfied`.
    static func metricName(_ question: SurveyQuestion) -> String {
        question == .intakeSatisfaction ? "intake_satisfied" : question.rawValue
    }

    private static func isPositive(_ answer: String, _ question: SurveyQuestion) -> Bool {
        question.isYesNo ? answer == "yes" : (Int(answer) ?? 0) >= agrees
    }
}
