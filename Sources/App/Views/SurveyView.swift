import Domain
import TemplateEngine

/// The experience survey as template values: each question's answers as radio choices (with
/// "rather not say" for leaving it empty), a stored survey's answers in words, and the hidden
/// fields that carry earlier answers from one screen to the next.
enum SurveyView {
    /// The radio choices for `question`, the one matching `selected` checked ("" = rather not say).
    static func choices(_ question: SurveyQuestion, selected: String) -> TemplateValue {
        var items: [(String, String)] =
            question.isYesNo
            ? [("yes", "Yes"), ("no", "No")]
            : SurveyQuestion.scale.map { (String($0), "\($0) – \(SurveyQuestion.scaleWords[$0 - 1])") }
        items.append(("", "I'd rather not say"))
        return .array(items.enumerated().map { position, item in
            [
                "id": .string("\(question.rawValue)-\(position)"), "value": .string(item.0), "label": .string(item.1),
                "checked": .bool(item.0 == selected),
            ]
        })
    }

    /// Every question with its choices and any message, for the form recorded with the person.
    static func questions(_ input: [String: String], _ errors: FieldErrors) -> TemplateValue {
        .array(SurveyQuestion.allCases.map { question in
            [
                "name": .string(question.rawValue), "wording": .string(question.wording),
                "choices": choices(question, selected: input[question.rawValue] ?? ""),
                "error": TemplateValue(errors[question.rawValue]),
            ]
        })
    }

    /// The answers given so far, except `question`'s, as hidden fields.
    static func hidden(_ input: [String: String], except question: SurveyQuestion) -> TemplateValue {
        .array(SurveyQuestion.allCases.filter { $0 != question }.compactMap { other in
            guard let value = input[other.rawValue], !value.isEmpty else { return nil }
            return ["name": .string(other.rawValue), "value": .string(value)]
        })
    }

    /// A stored survey: the day, how it came in, and each answer in words.
    static func stored(_ stored: SurveyStore.Stored) -> TemplateValue {
        [
            "answeredOn": .string(stored.survey.answeredOn.display), "answeredOnISO": .string(stored.survey.answeredOn.iso),
            "how": .string(howWords(stored.recordedWith)),
            "answers": .array(SurveyQuestion.allCases.map { question in
                ["wording": .string(question.wording), "answer": .string(answerWords(stored.survey.answer(question), question))]
            }),
        ]
    }

    /// The form's answers, each question's slug to its submitted value, trimmed.
    static func input(_ field: (String) -> String?) -> [String: String] {
        Dictionary(uniqueKeysWithValues: SurveyQuestion.allCases.map { ($0.rawValue, (field($0.rawValue) ?? "").trimmingWhitespace()) })
    }

    private static func answerWords(_ answer: String?, _ question: SurveyQuestion) -> String {
        guard let answer else { return "Not answered" }
        if question.isYesNo { return answer == "yes" ? "Yes" : "No" }
        guard let value = Int(answer), SurveyQuestion.scale.contains(value) else { return answer }
        return "\(value) – \(SurveyQuestion.scaleWords[value - 1])"
    }

    private static func howWords(_ how: SurveyStore.RecordedWith) -> String {
        switch how {
        case .self: "answered by the person on their own pages"
        case .supported: "recorded with a trusted person or coordinator"
        case .import: "brought in from earlier records"
        }
    }
}
