/// The groups of accommodation settings the outcomes framework reports on (REPORTS.md,
/// "Additions for the programme's outcomes framework").
extension AccommodationSetting {
    /// Temporary accommodation (`accommodation.people.temporary`): a night shelter, a B&B or
    /// hostel, or supported accommodation.
    static let temporary: Set<AccommodationSetting> = [.nightShelter, .bedAndBreakfastOrHostel, .supportedAccommodation]

    /// Nights "in accommodation" (`accommodation.mean_nights.in_accommodation`): every setting
    /// except sleeping rough, prison and hospital.
    static let inAccommodation: Set<AccommodationSetting> = Set(allCases).subtracting([.roughSleeping, .prison, .hospital])

    /// Settled accommodation (`accommodation.stable.qK`): an own tenancy, supported
    /// accommodation, or living with family or friends.
    static let settled: Set<AccommodationSetting> = [.ownTenancy, .supportedAccommodation, .livingWithFamilyOrFriends]

    /// A quarter spent this many nights or more in settled accommodation counts as stable:
    /// half of the longest quarter (92 nights).
    static let stableNights = 46

    /// The slug of the `in_accommodation` pseudo-setting in metric names.
    static let inAccommodationSlug = "in_accommodation"
}

extension AccommodationSetting {
    /// The positions in `allCases` of `temporary`, `inAccommodation` and `settled`, and of the
    /// own tenancy, for records held by position (`ReportValues`).
    static let temporaryPositions = positions(of: temporary)
    static let inAccommodationPositions = positions(of: inAccommodation)
    static let settledPositions = positions(of: settled)
    static let ownTenancyPosition = allCases.firstIndex(of: .ownTenancy)!
}
