/// One NDT Assessment: the worker's raw ratings for the past month. Weighted scores and the
/// total are derived, never stored (ASSESSMENTS.md: "Store the raw ratings").
public struct NDTAssessment: Sendable, Equatable {
    /// The highest possible weighted total.
    public static let maximumTotal = 48

    /// The acknowledgement every page showing NDT results carries (ASSESSMENTS.md).
    public static let copyrightNotice = "NDT Assessment © South West London and St George's Mental Health NHS Trust"

    /// Raw ratings, 0–4, one for every item.
    public var ratings: [NDTItem: Int]
    public var assessedOn: CalendarDate
    /// What the worker wants to say about the month rated, if anything.
    public var periodNote: String?

    public init(ratings: [NDTItem: Int], assessedOn: CalendarDate, periodNote: String? = nil) {
        self.ratings = ratings
        self.assessedOn = assessedOn
        self.periodNote = periodNote
    }

    /// The raw rating for `item` (0 when missing, which the rules never allow).
    public func rating(_ item: NDTItem) -> Int { ratings[item] ?? 0 }

    /// The rating times the item's weight: 0–4, or 0–8 for the risk items.
    public func weightedScore(_ item: NDTItem) -> Int { rating(item) * item.weight }

    /// The sum of the weighted scores, 0–48; lower means fewer indicators of multiple disadvantage.
    public var weightedTotal: Int {
        NDTItem.allCases.reduce(0) { $0 + weightedScore($1) }
    }
}
