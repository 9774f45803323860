/// Kinds of unplanned service use counted per quarter (REPORTS.md, service-use import).
public enum ServiceUseKind: String, CaseIterable, Sendable, Comparable {
    case prisonNights = "prison_nights"
    case mentalHealthAdmissions = "mental_health_admissions"
    case arrests
    case aeAttendances = "ae_attendances"
    case section136 = "section_136"
    case evictions

    /// The kind in lower case, to sit inside a sentence ("A&E attendances").
    public var name: String {
        switch self {
        case .prisonNights: "nights in prison"
        case .mentalHealthAdmissions: "mental health admissions"
        case .arrests: "arrests"
        case .aeAttendances: "A&E attendances"
        case .section136: "Section 136 detentions"
        case .evictions: "evictions"
        }
    }

    public var title: String {
        switch self {
        case .prisonNights: "Nights in prison"
        case .mentalHealthAdmissions: "Mental health admissions"
        case .arrests: "Arrests"
        case .aeAttendances: "A&E attendances"
        case .section136: "Section 136 detentions"
        case .evictions: "Evictions"
        }
    }

    /// The consent category each count is shared under (PRODUCT.md, "Unplanned service use"):
    /// prison nights, arrests and Section 136 detentions are `justice`; mental health admissions
    /// and A&E attendances `health`; evictions `housing`.
    public var category: InformationCategory {
        switch self {
        case .prisonNights, .arrests, .section136: .justice
        case .mentalHealthAdmissions, .aeAttendances: .health
        case .evictions: .housing
        }
    }

    public static func < (lhs: ServiceUseKind, rhs: ServiceUseKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
