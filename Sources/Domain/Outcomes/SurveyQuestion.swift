/// The experience survey's questions, in the order they are asked; each slug is the import
/// column and the form field (REPORTS.md, the `survey` kind).
public enum SurveyQuestion: String, CaseIterable, Sendable {
    case toldStoryMoreThanOnce = "told_story_more_than_once"
    case turnedAway = "turned_away"
    case progressOnPriority = "progress_on_priority"
    case voiceHeard = "voice_heard"
    case inControl = "in_control"
    case intakeSatisfaction = "intake_satisfaction"

    /// The answers a scale question takes (5 = strongly agree).
    public static let scale = 1...5

    /// Whether the question is answered yes or no (otherwise 1–5).
    public var isYesNo: Bool {
        switch self {
        case .toldStoryMoreThanOnce, .turnedAway, .progressOnPriority: true
        case .voiceHeard, .inControl, .intakeSatisfaction: false
        }
    }

    /// The question in plain words, as the person reads it.
    public var wording: String {
        switch self {
        case .toldStoryMoreThanOnce:
            "In the last 3 months, did you have to tell your story more than once, to different services?"
        case .turnedAway: "In the last 3 months, did a service turn you away?"
        case .progressOnPriority: "Since your support began, have you made progress on something that matters to you?"
        case .voiceHeard: "My voice is heard."
        case .inControl: "I feel more in control of my life."
        case .intakeSatisfaction: "I was happy with how my support started."
        }
    }

    /// The words beside each answer of a scale question, from 1 to 5.
    public static let scaleWords = ["Strongly disagree", "Disagree", "Not sure", "Agree", "Strongly agree"]
}
