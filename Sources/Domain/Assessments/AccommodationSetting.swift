/// Where a person spent their nights in a quarter of support (REPORTS.md, accommodation import).
public enum AccommodationSetting: String, CaseIterable, Sendable, Comparable {
    case roughSleeping = "rough_sleeping"
    case nightShelter = "night_shelter"
    case bedAndBreakfastOrHostel = "bed_and_breakfast_or_hostel"
    case supportedAccommodation = "supported_accommodation"
    case livingWithFamilyOrFriends = "living_with_family_or_friends"
    case ownTenancy = "own_tenancy"
    case prison
    case hospital

    /// The setting in lower case, to sit inside a sentence ("a night shelter").
    public var name: String {
        switch self {
        case .roughSleeping: "sleeping rough"
        case .nightShelter: "a night shelter"
        case .bedAndBreakfastOrHostel: "a B&B or hostel"
        case .supportedAccommodation: "supported accommodation"
        case .livingWithFamilyOrFriends: "living with family or friends"
        case .ownTenancy: "their own tenancy"
        case .prison: "prison"
        case .hospital: "hospital"
        }
    }

    public var title: String {
        switch self {
        case .roughSleeping: "Sleeping rough"
        case .nightShelter: "Night shelter"
        case .bedAndBreakfastOrHostel: "B&B or hostel"
        case .supportedAccommodation: "Supported accommodation"
        case .livingWithFamilyOrFriends: "With family or friends"
        case .ownTenancy: "Own tenancy"
        case .prison: "Prison"
        case .hospital: "Hospital"
        }
    }

    public static func < (lhs: AccommodationSetting, rhs: AccommodationSetting) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
