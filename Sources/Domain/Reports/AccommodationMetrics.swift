/// The `accommodation.*` metrics over people with records for support quarters 1 and 4, quarter
/// 4 having ended on or before E (REPORTS.md, "Metrics"). `change` is (q4 − q1) ÷ q1 × 100 of
/// the rough-sleeping counts, with numerator q4 − q1 and denominator q1; suppressing the q4
/// count suppresses the change too.
enum AccommodationMetrics {
    static func add(to builder: inout RowBuilder, index: ReportIndex, records: [ReportAccommodation]) {
        let pairs = QuarterRecordPairing.pairs(
            slots: records.map { index.slot($0.personID) }, quarters: records.map(\.quarter), first: 1, last: 4, index: index)
        let settings = AccommodationSetting.allCases
        var people = GroupTally()
        var roughFirst = GroupTally()
        var roughLast = GroupTally()
        var nightsFirst = [GroupTally](repeating: GroupTally(), count: settings.count)
        var nightsLast = nightsFirst
        for pair in pairs {
            let groups = index.groups[pair.slot]
            let first = records[pair.first].nights
            let last = records[pair.last].nights
            people.add(to: groups)
            if (first[.roughSleeping] ?? 0) > 0 { roughFirst.add(to: groups) }
            if (last[.roughSleeping] ?? 0) > 0 { roughLast.add(to: groups) }
            for (position, setting) in settings.enumerated() {
                nightsFirst[position].add(first[setting] ?? 0, to: groups)
                nightsLast[position].add(last[setting] ?? 0, to: groups)
            }
        }
        builder.counts("accommodation.rough_sleeping.q1", roughFirst)
        builder.counts("accommodation.rough_sleeping.q4", roughLast)
        builder.ratios(
            "accommodation.rough_sleeping.change", roughLast.minus(roughFirst), over: roughFirst, as: .percentage,
            from: [roughLast])
        builder.ratios("accommodation.rough_sleeping_share.q1", roughFirst, over: people, as: .percentage)
        builder.ratios("accommodation.rough_sleeping_share.q4", roughLast, over: people, as: .percentage)
        for (position, setting) in settings.enumerated() {
            builder.ratios("accommodation.mean_nights.\(setting.rawValue).q1", nightsFirst[position], over: people, as: .mean)
            builder.ratios("accommodation.mean_nights.\(setting.rawValue).q4", nightsLast[position], over: people, as: .mean)
        }
    }
}
