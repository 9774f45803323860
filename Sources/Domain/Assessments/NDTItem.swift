/// The ten items of the New Directions Team (NDT) Assessment, in the tool's order
/// (ASSESSMENTS.md). Each is rated 0 (no concern) to 4 (severe); the two risk items count double.
public enum NDTItem: String, CaseIterable, Sendable, Comparable {
    case engagement
    case intentionalSelfHarm = "intentional_self_harm"
    case unintentionalSelfHarm = "unintentional_self_harm"
    case riskToOthers = "risk_to_others"
    case riskFromOthers = "risk_from_others"
    case stress
    case socialEffectiveness = "social_effectiveness"
    case alcoholDrugs = "alcohol_drugs"
    case impulseControl = "impulse_control"
    case housing

    /// The raw rating a worker gives each item.
    public static let ratingRange = 0...4

    /// The item's name in lower case, as the tool words it ("stress and anxiety").
    public var name: String {
        switch self {
        case .engagement: "engagement with frontline services"
        case .intentionalSelfHarm: "intentional self-harm"
        case .unintentionalSelfHarm: "unintentional self-harm"
        case .riskToOthers: "risk to others"
        case .riskFromOthers: "risk from others"
        case .stress: "stress and anxiety"
        case .socialEffectiveness: "social effectiveness"
        case .alcoholDrugs: "alcohol / drug abuse"
        case .impulseControl: "impulse control"
        case .housing: "housing"
        }
    }

    /// The name with a capital first letter, for headings and labels ("Stress and anxiety").
    public var title: String { name.prefix(1).uppercased() + name.dropFirst() }

    /// 2 for the two risk items, 1 for the rest.
    public var weight: Int {
        switch self {
        case .riskToOthers, .riskFromOthers: 2
        default: 1
        }
    }

    /// The highest weighted score the item can reach: 4 or 8.
    public var maxWeighted: Int { Self.ratingRange.upperBound * weight }

    public static func < (lhs: NDTItem, rhs: NDTItem) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
