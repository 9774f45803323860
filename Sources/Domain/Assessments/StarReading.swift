/// One Homelessness Outcomes Star reading: a score of 1–10 in each of the ten areas, with the
/// Star version it was made with, so readings from a different Star are never compared.
public struct StarReading: Sendable, Equatable {
    /// The only version recorded: Triangle's Homelessness Star 3.1.
    public static let currentVersion = "homelessness-3.1"

    /// Scores 1–10, one for every area.
    public var scores: [StarArea: Int]
    public var version: String
    public var assessedOn: CalendarDate

    public init(scores: [StarArea: Int], assessedOn: CalendarDate, version: String = StarReading.currentVersion) {
        self.scores = scores
        self.assessedOn = assessedOn
        self.version = version
    }

    /// The score in `area` (1 when missing, which the rules never allow).
    public func score(_ area: StarArea) -> Int { scores[area] ?? StarArea.scoreRange.lowerBound }

    /// The Journey of Change stage the score in `area` falls in.
    public func stage(_ area: StarArea) -> JourneyStage {
        JourneyStage(score: score(area)) ?? .stuck
    }
}
