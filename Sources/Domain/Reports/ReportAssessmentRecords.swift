/// One NDT Assessment's raw ratings (0–4 per item); the report applies the weights.
public struct ReportNDT: Sendable, Equatable {
    public var personID: Int64
    public var assessedOn: CalendarDate
    public var ratings: ReportValues<NDTItem>

    public init(personID: Int64, assessedOn: CalendarDate, ratings: ReportValues<NDTItem>) {
        self.personID = personID
        self.assessedOn = assessedOn
        self.ratings = ratings
    }

    /// Ratings per item; a missing rating counts 0, as in `NDTAssessment`.
    public init(personID: Int64, assessedOn: CalendarDate, ratings: [NDTItem: Int]) {
        self.init(personID: personID, assessedOn: assessedOn, ratings: ReportValues(ratings, missing: 0))
    }

    /// The weights of the items, in `NDTItem.allCases` order.
    private static let weights = NDTItem.allCases.map(\.weight)

    /// The rating of the item at `position` in `NDTItem.allCases` times its weight.
    func weightedScore(at position: Int) -> Int { ratings.value(at: position) * Self.weights[position] }
}

/// One Outcomes Star reading; only `StarReading.currentVersion` readings are paired.
public struct ReportStar: Sendable, Equatable {
    public var personID: Int64
    public var assessedOn: CalendarDate
    public var scores: ReportValues<StarArea>
    /// The Star version, `homelessness-3.1` for the only Star compared.
    public var version: String

    public init(
        personID: Int64, assessedOn: CalendarDate, scores: ReportValues<StarArea>, version: String = StarReading.currentVersion
    ) {
        self.personID = personID
        self.assessedOn = assessedOn
        self.scores = scores
        self.version = version
    }

    /// Scores per area; a missing score counts 1, as in `StarReading`.
    public init(
        personID: Int64, assessedOn: CalendarDate, scores: [StarArea: Int], version: String = StarReading.currentVersion
    ) {
        self.init(
            personID: personID, assessedOn: assessedOn, scores: ReportValues(scores, missing: StarArea.scoreRange.lowerBound),
            version: version)
    }
}

/// Nights per setting in one support quarter (1 onwards).
public struct ReportAccommodation: Sendable, Equatable {
    public var personID: Int64
    /// The support quarter, 1 onwards.
    public var quarter: Int
    /// Nights per setting.
    public var nights: ReportValues<AccommodationSetting>
    /// Social or private for the own-tenancy nights, nil when not known.
    public var tenancyType: TenancyType?

    public init(personID: Int64, quarter: Int, nights: ReportValues<AccommodationSetting>, tenancyType: TenancyType? = nil) {
        self.tenancyType = tenancyType
        self.personID = personID
        self.quarter = quarter
        self.nights = nights
    }

    /// Nights per setting; a missing setting means none.
    public init(personID: Int64, quarter: Int, nights: [AccommodationSetting: Int], tenancyType: TenancyType? = nil) {
        self.init(personID: personID, quarter: quarter, nights: ReportValues(nights, missing: 0), tenancyType: tenancyType)
    }
}

/// Counts of unplanned service use in one support quarter (0 is the three months before support).
public struct ReportServiceUse: Sendable, Equatable {
    public var personID: Int64
    /// The support quarter: 0 before support, then 1 onwards.
    public var quarter: Int
    /// Counts per kind.
    public var counts: ReportValues<ServiceUseKind>

    public init(personID: Int64, quarter: Int, counts: ReportValues<ServiceUseKind>) {
        self.personID = personID
        self.quarter = quarter
        self.counts = counts
    }

    /// Counts per kind; a missing kind means none.
    public init(personID: Int64, quarter: Int, counts: [ServiceUseKind: Int]) {
        self.init(personID: personID, quarter: quarter, counts: ReportValues(counts, missing: 0))
    }
}
