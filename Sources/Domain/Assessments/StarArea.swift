/// The ten outcome areas of the Homelessness Outcomes Star 3.1, in the Star's order
/// (ASSESSMENTS.md). Only the area names are used: the scale wording is Triangle's.
public enum StarArea: String, CaseIterable, Sendable, Comparable {
    case motivation
    case selfCare = "self_care"
    case money
    case socialNetworks = "social_networks"
    case drugsAlcohol = "drugs_alcohol"
    case physicalHealth = "physical_health"
    case mentalHealth = "mental_health"
    case meaningfulUseOfTime = "meaningful_use_of_time"
    case tenancy
    case offending

    /// The score range of every area.
    public static let scoreRange = 1...10

    /// The area's name in lower case ("physical health").
    public var name: String {
        switch self {
        case .motivation: "motivation and taking responsibility"
        case .selfCare: "self-care and living skills"
        case .money: "managing money and personal administration"
        case .socialNetworks: "social networks and relationships"
        case .drugsAlcohol: "drug and alcohol misuse"
        case .physicalHealth: "physical health"
        case .mentalHealth: "emotional and mental health"
        case .meaningfulUseOfTime: "meaningful use of time"
        case .tenancy: "managing tenancy and accommodation"
        case .offending: "offending"
        }
    }

    /// The name with a capital first letter ("Physical health").
    public var title: String { name.prefix(1).uppercased() + name.dropFirst() }

    /// A label short enough for a chart's spoke at phone width ("Money and admin").
    public var shortTitle: String {
        switch self {
        case .motivation: "Motivation"
        case .selfCare: "Self-care"
        case .money: "Money and admin"
        case .socialNetworks: "Social networks"
        case .drugsAlcohol: "Drugs and alcohol"
        case .physicalHealth: "Physical health"
        case .mentalHealth: "Mental health"
        case .meaningfulUseOfTime: "Use of time"
        case .tenancy: "Tenancy"
        case .offending: "Offending"
        }
    }

    public static func < (lhs: StarArea, rhs: StarArea) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
