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

    public static func < (lhs: ServiceUseKind, rhs: ServiceUseKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
