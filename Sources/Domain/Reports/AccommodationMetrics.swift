/// The `accommodation.*` metrics over people with records for support quarters 1 and 4, quarter
/// 4 having ended on or before E (REPORTS.md, "Metrics", and the outcomes framework's additions).
///
/// `rough_sleeping.change` is (q4 − q1) ÷ q1 × 100 of the rough-sleeping counts, with numerator
/// q4 − q1 and denominator q1; suppressing the q4 count suppresses the change too.
/// `mean_nights_change.SETTING` is the q4 mean minus the q1 mean: over the same people that is
/// (Σ q4 − Σ q1) ÷ people, its numerator and denominator, rounded once from the exact figure;
/// suppressing either sum suppresses the change. `people.SETTING` is a count shown out of the
/// people paired; `people.tenancy_social` and `people.tenancy_private` count those with
/// own-tenancy nights of that type (a record whose type is not known counts in neither). The share in stable accommodation is `AccommodationStability`'s.
enum AccommodationMetrics {
    /// What one quarter's records add up to over the people paired.
    private struct QuarterTallies {
        /// Per setting (in `AccommodationSetting.allCases` order): people with any nights there.
        var people = [GroupTally](repeating: GroupTally(), count: AccommodationSetting.allCases.count)
        /// Per setting: the nights spent there.
        var nights = [GroupTally](repeating: GroupTally(), count: AccommodationSetting.allCases.count)
        var temporaryPeople = GroupTally()
        var inAccommodationNights = GroupTally()
        /// Per tenancy type (in `TenancyType.allCases` order): people with own-tenancy nights of that type.
        var tenancyPeople = [GroupTally](repeating: GroupTally(), count: TenancyType.allCases.count)

        mutating func add(_ accommodation: ReportAccommodation, to groups: [Int]) {
            let record = accommodation.nights
            if record.value(at: AccommodationSetting.ownTenancyPosition) > 0, let type = accommodation.tenancyType {
                tenancyPeople[TenancyType.allCases.firstIndex(of: type)!].add(to: groups)
            }
            for (position, count) in record.inOrder.enumerated() {
                nights[position].add(count, to: groups)
                if count > 0 { people[position].add(to: groups) }
            }
            if record.sum(at: AccommodationSetting.temporaryPositions) > 0 { temporaryPeople.add(to: groups) }
            inAccommodationNights.add(record.sum(at: AccommodationSetting.inAccommodationPositions), to: groups)
        }
    }

    static func add(to builder: inout RowBuilder, index: ReportIndex, records: [ReportAccommodation]) {
        let pairs = QuarterRecordPairing.pairs(
            slots: records.map { index.slot($0.personID) }, quarters: records.map(\.quarter), first: 1, last: 4, index: index)
        var people = GroupTally()
        var first = QuarterTallies()
        var last = QuarterTallies()
        for pair in pairs {
            let groups = index.groups[pair.slot]
            people.add(to: groups)
            first.add(records[pair.first], to: groups)
            last.add(records[pair.last], to: groups)
        }
        let rough = AccommodationSetting.allCases.firstIndex(of: .roughSleeping)!
        let (roughFirst, roughLast) = (first.people[rough], last.people[rough])
        builder.counts("accommodation.rough_sleeping.q1", roughFirst)
        builder.counts("accommodation.rough_sleeping.q4", roughLast)
        builder.ratios(
            "accommodation.rough_sleeping.change", roughLast.minus(roughFirst), over: roughFirst, as: .percentage,
            from: [roughLast])
        builder.ratios("accommodation.rough_sleeping_share.q1", roughFirst, over: people, as: .percentage)
        builder.ratios("accommodation.rough_sleeping_share.q4", roughLast, over: people, as: .percentage)
        var nightSlugs = AccommodationSetting.allCases.map(\.rawValue)
        nightSlugs.append(AccommodationSetting.inAccommodationSlug)
        let nightsFirst = first.nights + [first.inAccommodationNights]
        let nightsLast = last.nights + [last.inAccommodationNights]
        for (position, slug) in nightSlugs.enumerated() {
            builder.ratios("accommodation.mean_nights.\(slug).q1", nightsFirst[position], over: people, as: .mean)
            builder.ratios("accommodation.mean_nights.\(slug).q4", nightsLast[position], over: people, as: .mean)
            builder.ratios(
                "accommodation.mean_nights_change.\(slug)", nightsLast[position].minus(nightsFirst[position]), over: people,
                as: .mean, from: [nightsFirst[position], nightsLast[position]])
        }
        var peopleSlugs = AccommodationSetting.allCases.map(\.rawValue)
        peopleSlugs.append("temporary")
        peopleSlugs += TenancyType.allCases.map { "tenancy_\($0.rawValue)" }
        let peopleFirst = first.people + [first.temporaryPeople] + first.tenancyPeople
        let peopleLast = last.people + [last.temporaryPeople] + last.tenancyPeople
        for (position, slug) in peopleSlugs.enumerated() {
            builder.counts("accommodation.people.\(slug).q1", peopleFirst[position], outOf: people)
            builder.counts("accommodation.people.\(slug).q4", peopleLast[position], outOf: people)
        }
    }
}
