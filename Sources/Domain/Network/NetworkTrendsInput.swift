/// The people's state at one quarter's end E, counted by the store with the report's
/// definitions (REPORTS.md `caseload.*` and `network.*`): supported to date (opened by E), open on
/// E, connected (an active link that is not interim), interim only, and the active non-interim
/// links of the open people. Counts only, so the page never loops over people.
public struct NetworkPeopleCounts: Sendable, Equatable {
    public var supported: Int
    public var open: Int
    public var connected: Int
    public var interimOnly: Int
    public var lastingLinks: Int

    public init(supported: Int = 0, open: Int = 0, connected: Int = 0, interimOnly: Int = 0, lastingLinks: Int = 0) {
        self.supported = supported
        self.open = open
        self.connected = connected
        self.interimOnly = interimOnly
        self.lastingLinks = lastingLinks
    }
}

/// An organisation as the network page's trend sees it: the day it joined, the day its first
/// champion account (still active) was made, and every day its pledge was signed or renewed.
public struct NetworkOrganisation: Sendable, Equatable {
    public var joinedOn: CalendarDate
    public var championSince: CalendarDate?
    public var pledgeSignedOn: [CalendarDate]

    public init(joinedOn: CalendarDate, championSince: CalendarDate? = nil, pledgeSignedOn: [CalendarDate] = []) {
        self.joinedOn = joinedOn
        self.championSince = championSince
        self.pledgeSignedOn = pledgeSignedOn
    }
}

/// Everything the network page's quarterly trend is computed from, read by App's store.
public struct NetworkTrendsInput: Sendable {
    /// The people's counts at each quarter's end, by quarter.
    public var people: [ReportQuarter: NetworkPeopleCounts]
    /// How many trusted persons had their first link start on each day.
    public var firstLinks: [CalendarDate: Int]
    /// How many links ended by handover on each day.
    public var handovers: [CalendarDate: Int]
    public var organisations: [NetworkOrganisation]
    public var barriers: [ReportBarrier]
    /// The training coverage's records (`TrainingCoverage`).
    public var trustedPersons: [ReportTrustedPerson]
    public var links: [ReportLink]
    public var training: [ReportTraining]

    public init(
        people: [ReportQuarter: NetworkPeopleCounts] = [:], firstLinks: [CalendarDate: Int] = [:], handovers: [CalendarDate: Int] = [:],
        organisations: [NetworkOrganisation] = [], barriers: [ReportBarrier] = [], trustedPersons: [ReportTrustedPerson] = [],
        links: [ReportLink] = [], training: [ReportTraining] = []
    ) {
        self.people = people
        self.firstLinks = firstLinks
        self.handovers = handovers
        self.organisations = organisations
        self.barriers = barriers
        self.trustedPersons = trustedPersons
        self.links = links
        self.training = training
    }
}
