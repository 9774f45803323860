/// The ten kinds of import file and their columns, exactly as REPORTS.md ("Import files")
/// names them; a column marked `?` there is optional here.
public enum ImportKind: String, CaseIterable, Sendable {
    case people
    case trustedPeople = "trusted-people"
    case trustLinks = "trust-links"
    case star
    case ndt
    case accommodation
    case serviceUse = "service-use"
    case barriers
    case survey
    case training

    /// The columns whose values identify a row, so importing a file twice changes nothing.
    public var keyColumns: [String] {
        switch self {
        case .people, .barriers: ["ref"]
        case .trustedPeople: ["key"]
        case .trustLinks: ["person_ref", "trusted_key", "started_on"]
        case .star, .ndt: ["person_ref", "assessed_on"]
        case .accommodation, .serviceUse: ["person_ref", QuarterRecordRules.quarterField]
        case .survey: ["person_ref", "answered_on"]
        case .training: ["trusted_key", "course", "attended_on"]
        }
    }

    /// The columns every file of this kind must have, in the contract's order.
    public var requiredColumns: [String] { columns.filter { !$0.optional }.map(\.name) }

    /// The columns a file may leave out; an empty cell in them means "not known".
    public var optionalColumns: [String] { columns.filter(\.optional).map(\.name) }

    /// Every column, required and optional, in the contract's order.
    public var allColumns: [String] { columns.map(\.name) }

    private var columns: [(name: String, optional: Bool)] {
        switch self {
        case .people:
            Self.parse(
                "ref, preferred_name, legal_name?, date_of_birth?, district, cohort_group, referral_source?, status, "
                    + "opened_on?, closed_on?, closure_reason?") + Disadvantage.allCases.map { ($0.rawValue, false) }
                + Self.parse("referred_on?")
        case .trustedPeople: Self.parse("key, name, kind, organisation?, paid")
        case .trustLinks:
            Self.parse("person_ref, trusted_key, role, started_on, ended_on?, end_reason?, introduced_by?")
        case .star: Self.parse("person_ref, assessed_on") + StarArea.allCases.map { ($0.rawValue, false) }
        case .ndt:
            Self.parse("person_ref, assessed_on") + NDTItem.allCases.map { ($0.rawValue, false) }
                + Self.parse("period_note?")
        case .accommodation:
            Self.parse("person_ref, support_quarter") + AccommodationSetting.allCases.map { ($0.rawValue, false) }
                + Self.parse("tenancy_type?")
        case .serviceUse:
            Self.parse("person_ref, support_quarter") + ServiceUseKind.allCases.map { ($0.rawValue, false) }
        case .barriers:
            Self.parse(
                "ref, title, category, raised_on, status, level?, action_plan_on?, escalated_on?, resolved_on?, "
                    + "organisations?")
        case .survey: Self.parse("person_ref, answered_on") + SurveyQuestion.allCases.map { ($0.rawValue, true) }
        case .training: Self.parse("trusted_key, course, attended_on")
        }
    }

    /// Columns written as in REPORTS.md: comma-separated, `?` marking an optional one.
    private static func parse(_ list: String) -> [(name: String, optional: Bool)] {
        list.split(separator: ",").map { item in
            let name = String(item).trimmingWhitespace()
            return name.hasSuffix("?") ? (String(name.dropLast()), true) : (name, false)
        }
    }
}
