/// `accommodation.stable.qK` for K = 1, 2, 4 and 6, i.e. 3, 6, 12 and 18 months after support
/// began (REPORTS.md, outcomes framework): among people whose support quarter K ended on or
/// before E (the "support-quarter windows") and who have an accommodation record for it, the
/// share who spent at least `AccommodationSetting.stableNights` nights of that quarter in
/// settled accommodation. A repeated record for the same person and quarter replaces the
/// earlier one, as an import would.
package enum AccommodationStability {
    /// The support quarters reported on.
    package static let quarters = [1, 2, 4, 6]

    static func add(to builder: inout RowBuilder, index: ReportIndex, records: [ReportAccommodation]) {
        for quarter in quarters {
            var latest = [Int](repeating: -1, count: index.people.count)
            for (position, record) in records.enumerated() where record.quarter == quarter {
                if let slot = index.slot(record.personID) { latest[slot] = position }
            }
            var people = GroupTally()
            var stable = GroupTally()
            for (slot, position) in latest.enumerated() where position >= 0 && index.hasEnded(quarter: quarter, slot: slot) {
                let groups = index.groups[slot]
                people.add(to: groups)
                if records[position].nights.sum(at: AccommodationSetting.settledPositions) >= AccommodationSetting.stableNights {
                    stable.add(to: groups)
                }
            }
            builder.ratios("accommodation.stable.q\(quarter)", stable, over: people, as: .percentage)
        }
    }
}
