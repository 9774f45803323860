/// One quarter of the manager's network page: each figure as at the quarter's last day E, or
/// over the quarter S–E where it counts events.
public struct NetworkQuarterFigures: Sendable, Equatable {
    public var quarter: ReportQuarter
    public var people: NetworkPeopleCounts
    /// Active non-interim links per open person (the report's `network.mean_size`), nil with nobody open.
    public var linksPerPerson: Double?
    /// Trusted persons whose first link started in the quarter.
    public var newTrustedPersons: Int
    /// Links ended by handover in the quarter (`network.handovers_in_quarter`).
    public var handovers: Int
    /// Organisations that had joined by E, those with a champion, and those with a pledge in
    /// force (signed and not past its renewal date) on E.
    public var organisations: Int
    public var withChampion: Int
    public var withCurrentPledge: Int
    public var training: TrainingCoverage
    /// The report's `barriers.*` as at E: raised in the quarter, open, open with an action plan,
    /// and resolved within 90 days among those raised at least 90 days before E.
    public var barriersRaised: Int
    public var barriersOpen: Int
    public var barriersWithActionPlan: Int
    public var barriersResolvedInTime: Int
    public var barriersDue: Int
}

/// The manager's network page by quarter (issue 13): the last eight quarters, the current one
/// last, each computed with the report's own definitions (`TrainingCoverage`, `BarrierMetrics`,
/// `Pledge`) from counts and small record sets. Pure: `today` is passed in.
public enum NetworkTrends {
    /// How many quarters the page shows: two years.
    public static let quarterCount = 8

    /// The `count` quarters ending with the one `today` falls in, oldest first.
    public static func quarters(endingWith today: CalendarDate, count: Int = quarterCount) -> [ReportQuarter] {
        let current = 4 * today.year + (today.month - 1) / 3
        return (0..<count).reversed().compactMap { back in
            let index = current - back
            return ReportQuarter(year: index / 4, quarter: index % 4 + 1)
        }
    }

    /// Each quarter's figures, in the order given.
    public static func compute(_ input: NetworkTrendsInput, quarters: [ReportQuarter]) -> [NetworkQuarterFigures] {
        quarters.map { quarter in
            let people = input.people[quarter] ?? NetworkPeopleCounts()
            let barriers = barrierRows(input.barriers, quarter)
            return NetworkQuarterFigures(
                quarter: quarter, people: people,
                linksPerPerson: people.open == 0 ? nil : Double(people.lastingLinks) / Double(people.open),
                newTrustedPersons: count(input.firstLinks, in: quarter), handovers: count(input.handovers, in: quarter),
                organisations: input.organisations.filter { $0.joinedOn <= quarter.lastDay }.count,
                withChampion: input.organisations.filter { organisation in
                    organisation.joinedOn <= quarter.lastDay && (organisation.championSince.map { $0 <= quarter.lastDay } ?? false)
                }.count,
                withCurrentPledge: input.organisations.filter { hasCurrentPledge($0, on: quarter.lastDay) }.count,
                training: TrainingCoverage.asAt(
                    quarter.lastDay, trustedPersons: input.trustedPersons, links: input.links, training: input.training),
                barriersRaised: barriers.raised, barriersOpen: barriers.open, barriersWithActionPlan: barriers.withPlan,
                barriersResolvedInTime: barriers.resolved, barriersDue: barriers.due)
        }
    }

    /// The sum of the day counts that fall in the quarter, its first and last days included.
    static func count(_ days: [CalendarDate: Int], in quarter: ReportQuarter) -> Int {
        days.reduce(0) { sum, entry in
            entry.key >= quarter.firstDay && entry.key <= quarter.lastDay ? sum + entry.value : sum
        }
    }

    /// Whether the organisation's latest signing on or before `day` is still in force on it
    /// (`Pledge.state` is not overdue).
    static func hasCurrentPledge(_ organisation: NetworkOrganisation, on day: CalendarDate) -> Bool {
        guard organisation.joinedOn <= day, let latest = organisation.pledgeSignedOn.filter({ $0 <= day }).max() else { return false }
        return Pledge(signedOn: latest, signedBy: nil).state(today: day) != .overdue
    }

    /// The report's barrier rows for the quarter, read back as numbers.
    private static func barrierRows(
        _ barriers: [ReportBarrier], _ quarter: ReportQuarter
    ) -> (raised: Int, open: Int, withPlan: Int, resolved: Int, due: Int) {
        var builder = RowBuilder()
        BarrierMetrics.add(to: &builder, index: ReportIndex(ReportInput(quarter: quarter)), barriers: barriers)
        func row(_ metric: String) -> ReportRow? { builder.rows.first { $0.metric == metric } }
        func count(_ metric: String) -> Int {
            if case .count(let value)? = row(metric)?.value { return value }
            return 0
        }
        let resolved = row("barriers.resolved_within_90_days")
        return (
            count("barriers.raised_in_quarter"), count("barriers.open"), row("barriers.with_action_plan")?.numerator ?? 0,
            resolved?.numerator ?? 0, resolved?.denominator ?? 0
        )
    }
}
