/// The `caseload.*` metrics: who has been supported, is open, and opened or closed in the
/// quarter, as at E (REPORTS.md, "Metrics"); and `caseload.waited_over_14_days` (outcomes
/// framework): among people opened in the quarter whose referral date is known, the share
/// opened more than 14 days after it.
enum CaseloadMetrics {
    /// A wait longer than this many days, from referral to opening, is reported.
    static let longestPromptWait = 14


    static func add(to builder: inout RowBuilder, index: ReportIndex) {
        var supported = GroupTally()
        var open = GroupTally()
        var closed = GroupTally()
        var opened = GroupTally()
        var closedInQuarter = GroupTally()
        var openedWithReferral = GroupTally()
        var waitedLong = GroupTally()
        for (slot, person) in index.people.enumerated() {
            let groups = index.groups[slot]
            if let openedOn = person.openedOn, index.isByEnd(openedOn) {
                supported.add(to: groups)
                if index.isInQuarter(openedOn) {
                    opened.add(to: groups)
                    if let referredOn = person.referredOn {
                        openedWithReferral.add(to: groups)
                        if openedOn.dayNumber - referredOn.dayNumber > longestPromptWait { waitedLong.add(to: groups) }
                    }
                }
            }
            if isOpen(person, index) { open.add(to: groups) }
            if let closedOn = person.closedOn, index.isByEnd(closedOn) {
                closed.add(to: groups)
                if index.isInQuarter(closedOn) { closedInQuarter.add(to: groups) }
            }
        }
        builder.counts("caseload.supported_to_date", supported)
        builder.counts("caseload.open", open)
        builder.counts("caseload.closed_to_date", closed)
        builder.counts("caseload.new_in_quarter", opened)
        builder.counts("caseload.closed_in_quarter", closedInQuarter)
        builder.ratios("caseload.waited_over_14_days", waitedLong, over: openedWithReferral, as: .percentage)
    }

    /// Opened on or before E and not closed on or before E.
    static func isOpen(_ person: ReportPerson, _ index: ReportIndex) -> Bool {
        guard let openedOn = person.openedOn, index.isByEnd(openedOn) else { return false }
        guard let closedOn = person.closedOn else { return true }
        return !index.isByEnd(closedOn)
    }
}
