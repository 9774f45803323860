/// One NDT Assessment's raw ratings (0–4 per item); the report applies the weights.
public struct ReportNDT: Sendable, Equatable {
    public var personID: Int64
    public var assessedOn: CalendarDate
    public var ratings: [NDTItem: Int]

    public init(personID: Int64, assessedOn: CalendarDate, ratings: [NDTItem: Int]) {
        self.personID = personID
        self.assessedOn = assessedOn
        self.ratings = ratings
    }

    /// The rating times the item's weight (a missing rating counts 0, as in `NDTAssessment`).
    func weightedScore(_ item: NDTItem) -> Int { (ratings[item] ?? 0) * item.weight }
}

/// One Outcomes Star reading; only `StarReading.currentVersion` readings are paired.
public struct ReportStar: Sendable, Equatable {
    public var personID: Int64
    public var assessedOn: CalendarDate
    public var scores: [StarArea: Int]
    /// The Star version, `homelessness-3.1` for the only Star compared.
    public var version: String

    public init(
        personID: Int64, assessedOn: CalendarDate, scores: [StarArea: Int], version: String = StarReading.currentVersion
    ) {
        self.personID = personID
        self.assessedOn = assessedOn
        self.scores = scores
        self.version = version
    }

    /// The score in `area` (1 when missing, as in `StarReading`).
    func score(_ area: StarArea) -> Int { scores[area] ?? StarArea.scoreRange.lowerBound }
}

/// Nights per setting in one support quarter (1 onwards).
public struct ReportAccommodation: Sendable, Equatable {
    public var personID: Int64
    /// The support quarter, 1 onwards.
    public var quarter: Int
    /// Nights per setting; a missing setting means none.
    public var nights: [AccommodationSetting: Int]
    /// Social or private for the own-tenancy nights, nil when not known.
    public var tenancyType: TenancyType?

    public init(personID: Int64, quarter: Int, nights: [AccommodationSetting: Int], tenancyType: TenancyType? = nil) {
        self.tenancyType = tenancyType
        self.personID = personID
        self.quarter = quarter
        self.nights = nights
    }
}

/// Counts of unplanned service use in one support quarter (0 is the three months before support).
public struct ReportServiceUse: Sendable, Equatable {
    public var personID: Int64
    /// The support quarter: 0 before support, then 1 onwards.
    public var quarter: Int
    /// Counts per kind; a missing kind means none.
    public var counts: [ServiceUseKind: Int]

    public init(personID: Int64, quarter: Int, counts: [ServiceUseKind: Int]) {
        self.personID = personID
        self.quarter = quarter
        self.counts = counts
    }
}
