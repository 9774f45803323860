/// The person's half-yearly experience survey (REPORTS.md, the `survey` kind; PRODUCT.md,
/// "Experience surveys"): three yes/no questions and three 1–5 scales, every answer optional.
///
/// The answers are the person's own account of how services treated them, so they are kept
/// under the `story` category (see README, "Experience survey"): visible to the person, to
/// those they shared their story with, and to the report only as aggregates.
public struct ExperienceSurvey: Sendable, Equatable {
    /// How often a survey is due: one answered within this many days is current.
    public static let dueAfterDays = 182

    public var answeredOn: CalendarDate
    /// Had to tell their story more than once, to different services, in the last 3 months.
    public var toldStoryMoreThanOnce: Bool?
    /// Turned away by a service in the last 3 months.
    public var turnedAway: Bool?
    /// Made progress on a priority of their own since support began.
    public var progressOnPriority: Bool?
    /// "My voice is heard", 1–5 (5 = strongly agree).
    public var voiceHeard: Int?
    /// "I feel more in control", 1–5.
    public var inControl: Int?
    /// "I was satisfied with how my support started", 1–5.
    public var intakeSatisfaction: Int?

    public init(
        answeredOn: CalendarDate, toldStoryMoreThanOnce: Bool? = nil, turnedAway: Bool? = nil, progressOnPriority: Bool? = nil,
        voiceHeard: Int? = nil, inControl: Int? = nil, intakeSatisfaction: Int? = nil
    ) {
        self.answeredOn = answeredOn
        self.toldStoryMoreThanOnce = toldStoryMoreThanOnce
        self.turnedAway = turnedAway
        self.progressOnPriority = progressOnPriority
        self.voiceHeard = voiceHeard
        self.inControl = inControl
        self.intakeSatisfaction = intakeSatisfaction
    }

    /// The answer to `question`: `yes`/`no` for a yes/no question, `1`–`5` for a scale, nil when
    /// left empty; the form's and the import's spelling.
    public func answer(_ question: SurveyQuestion) -> String? {
        switch question {
        case .toldStoryMoreThanOnce: toldStoryMoreThanOnce.map { $0 ? "yes" : "no" }
        case .turnedAway: turnedAway.map { $0 ? "yes" : "no" }
        case .progressOnPriority: progressOnPriority.map { $0 ? "yes" : "no" }
        case .voiceHeard: voiceHeard.map(String.init)
        case .inControl: inControl.map(String.init)
        case .intakeSatisfaction: intakeSatisfaction.map(String.init)
        }
    }

    /// Whether a survey is due on `today`: none answered in the last 182 days (on or before today).
    public static func isDue(lastAnsweredOn: CalendarDate?, today: CalendarDate) -> Bool {
        guard let lastAnsweredOn else { return true }
        return today.dayNumber - lastAnsweredOn.dayNumber >= dueAfterDays
    }

    /// Reads the answers from fields named by `SurveyQuestion` slugs: `yes`/`no` or `1`–`5`, or
    /// empty (left unanswered). Anything else gets a message beside that question.
    public static func read(
        _ field: (String) -> String?, answeredOn: CalendarDate
    ) -> (ExperienceSurvey?, FieldErrors) {
        var errors = FieldErrors()
        var survey = ExperienceSurvey(answeredOn: answeredOn)
        for question in SurveyQuestion.allCases {
            let text = (field(question.rawValue) ?? "").trimmingWhitespace().lowercased()
            guard !text.isEmpty else { continue }
            if question.isYesNo {
                guard text == "yes" || text == "no" else {
                    errors.add(question.rawValue, "Choose yes or no, or leave it.")
                    continue
                }
                survey.set(question, yes: text == "yes")
            } else {
                guard let value = Int(text), SurveyQuestion.scale.contains(value), text.allSatisfy(\.isNumber) else {
                    errors.add(question.rawValue, "Choose a number from 1 to 5, or leave it.")
                    continue
                }
                survey.set(question, scale: value)
            }
        }
        return errors.isEmpty ? (survey, errors) : (nil, errors)
    }

    /// Sets a yes/no answer; a scale question is left as it is.
    public mutating func set(_ question: SurveyQuestion, yes: Bool) {
        switch question {
        case .toldStoryMoreThanOnce: toldStoryMoreThanOnce = yes
        case .turnedAway: turnedAway = yes
        case .progressOnPriority: progressOnPriority = yes
        case .voiceHeard, .inControl, .intakeSatisfaction: break
        }
    }

    /// Sets a scale answer; a yes/no question is left as it is.
    public mutating func set(_ question: SurveyQuestion, scale: Int) {
        switch question {
        case .voiceHeard: voiceHeard = scale
        case .inControl: inControl = scale
        case .intakeSatisfaction: intakeSatisfaction = scale
        case .toldStoryMoreThanOnce, .turnedAway, .progressOnPriority: break
        }
    }
}
