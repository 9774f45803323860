/// The `network.*` metrics: the trust links of open people active on E (started on or before
/// E and not ended on or before E), and handovers in the quarter (REPORTS.md, "Metrics").
///
/// `network.interim_only` counts open people with at least one active link, all of them
/// interim: someone with no active link at all is not "interim only".
enum NetworkMetrics {
    static func add(to builder: inout RowBuilder, index: ReportIndex, links: [ReportLink]) {
        var lasting = [Int](repeating: 0, count: index.people.count)
        var interim = [Int](repeating: 0, count: index.people.count)
        var handovers = GroupTally()
        for link in links {
            guard let slot = index.slot(link.personID) else { continue }
            if link.endReason == .handover, let endedOn = link.endedOn, index.isInQuarter(endedOn) {
                handovers.add(to: index.groups[slot])
            }
            guard isActive(link, index) else { continue }
            if link.role == .interim { interim[slot] += 1 } else { lasting[slot] += 1 }
        }
        var open = GroupTally()
        var connected = GroupTally()
        var interimOnly = GroupTally()
        var size = GroupTally()
        for (slot, person) in index.people.enumerated() where CaseloadMetrics.isOpen(person, index) {
            let groups = index.groups[slot]
            open.add(to: groups)
            size.add(lasting[slot], to: groups)
            if lasting[slot] > 0 { connected.add(to: groups) }
            if lasting[slot] == 0 && interim[slot] > 0 { interimOnly.add(to: groups) }
        }
        builder.ratios("network.connected", connected, over: open, as: .percentage)
        builder.counts("network.interim_only", interimOnly)
        builder.ratios("network.mean_size", size, over: open, as: .mean)
        builder.counts("network.handovers_in_quarter", handovers)
    }

    /// Active on E: started on or before E and not ended on or before E.
    private static func isActive(_ link: ReportLink, _ index: ReportIndex) -> Bool {
        guard index.isByEnd(link.startedOn) else { return false }
        guard let endedOn = link.endedOn else { return true }
        return !index.isByEnd(endedOn)
    }
}
