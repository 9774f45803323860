/// The kinds of personal information that consent is given for (PRODUCT.md, "Consent").
public enum InformationCategory: String, CaseIterable, Sendable {
    case story
    case plan
    case contactDetails = "contact-details"
    case housing
    case health
    case substanceUse = "substance-use"
    case justice
    case safety
    case assessments
    case notes

    public var title: String {
        switch self {
        case .story: "Story"
        case .plan: "Plan"
        case .contactDetails: "Contact details"
        case .housing: "Housing"
        case .health: "Health"
        case .substanceUse: "Substance use"
        case .justice: "Justice"
        case .safety: "Safety"
        case .assessments: "Assessments"
        case .notes: "Notes"
        }
    }
}
