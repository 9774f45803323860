/// The five stages of the Star's Journey of Change, two scores each (ASSESSMENTS.md).
/// Only the stage names are used, never Triangle's descriptions.
public enum JourneyStage: Int, CaseIterable, Sendable, Comparable {
    case stuck = 1
    case acceptingHelp
    case believing
    case learning
    case selfReliance

    /// The stage a score of 1–10 falls in, or nil outside that range.
    public init?(score: Int) {
        guard StarArea.scoreRange.contains(score) else { return nil }
        self.init(rawValue: (score + 1) / 2)
    }

    public var title: String {
        switch self {
        case .stuck: "Stuck"
        case .acceptingHelp: "Accepting help"
        case .believing: "Believing"
        case .learning: "Learning"
        case .selfReliance: "Self-reliance"
        }
    }

    /// The two scores in this stage (stuck: 1...2).
    public var scores: ClosedRange<Int> { (rawValue * 2 - 1)...(rawValue * 2) }

    public static func < (lhs: JourneyStage, rhs: JourneyStage) -> Bool { lhs.rawValue < rhs.rawValue }
}
