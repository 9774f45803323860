/// A running total per report group: one person's amount is added to each of their groups.
struct GroupTally {
    private(set) var totals = [Int](repeating: 0, count: ReportGroup.allCases.count)

    /// Adds `amount` to each group ordinal in `groups`.
    mutating func add(_ amount: Int = 1, to groups: [Int]) {
        for group in groups { totals[group] += amount }
    }

    /// The total for the group with this ordinal.
    subscript(group: Int) -> Int { totals[group] }

    /// Group by group difference `self − other`.
    func minus(_ other: GroupTally) -> GroupTally {
        var result = self
        for group in totals.indices { result.totals[group] -= other.totals[group] }
        return result
    }
}
