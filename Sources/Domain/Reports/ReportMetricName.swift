/// The plain-words name of a report metric ("Star: share whose score went up, managing money…")
/// for the full-figures table, read from the metric key REPORTS.md defines.
///
/// `readable` answers nil for a key it does not know, so a test over a whole report fails the
/// day a metric is added without a name.
public enum ReportMetricName {
    public static func readable(_ metric: String) -> String? {
        let parts = metric.split(separator: ".").map(String.init)
        guard let area = parts.first else { return nil }
        let rest = Array(parts.dropFirst())
        switch area {
        case "caseload": return fixed[metric]
        case "network": return fixed[metric]
        case "barriers": return fixed[metric]
        case "survey": return fixed[metric]
        case "training": return fixed[metric]
        case "star": return star(rest)
        case "ndt": return ndt(rest)
        case "accommodation": return accommodation(rest)
        case "service_use": return serviceUse(rest)
        default: return nil
        }
    }

    private static let fixed: [String: String] = [
        "caseload.supported_to_date": "People supported to date",
        "caseload.open": "People open at quarter end",
        "caseload.closed_to_date": "People closed to date",
        "caseload.new_in_quarter": "People new this quarter",
        "caseload.closed_in_quarter": "People closed this quarter",
        "caseload.waited_over_14_days": "Opened more than 14 days after referral (% of those opened this quarter)",
        "network.connected": "Open people connected to a trusted person (%)",
        "network.interim_only": "Open people with interim cover only",
        "network.mean_size": "Mean number of trusted persons per open person",
        "network.handovers_in_quarter": "Handovers this quarter",
        "barriers.raised_in_quarter": "Barriers raised this quarter",
        "barriers.open": "Barriers open at quarter end",
        "barriers.resolved_within_90_days": "Barriers resolved within 90 days of being raised (%)",
        "barriers.with_action_plan": "Open barriers with an action plan (%)",
        "survey.responses": "People answering the experience survey in the last 182 days",
        "survey.told_story_more_than_once": "Survey: told their story more than once in the last 3 months (%)",
        "survey.turned_away": "Survey: turned away by a service in the last 3 months (%)",
        "survey.progress_on_priority": "Survey: made progress on a priority of their own (%)",
        "survey.voice_heard": "Survey: feel their voice is heard (%)",
        "survey.in_control": "Survey: feel in control of their support (%)",
        "survey.intake_satisfied": "Survey: satisfied with how support began (%)",
        "training.trusted_persons_trained": "Active trusted persons trained in trauma-informed practice (%)",
    ]

    private static func star(_ parts: [String]) -> String? {
        if parts == ["pairs"] { return "Star: people with a start and a follow-up about 12 months later" }
        guard parts.count == 2, let area = StarArea(rawValue: parts[1]) else { return nil }
        let measure: String
        switch parts[0] {
        case "increased": measure = "share whose score went up (%)"
        case "stable": measure = "share whose score stayed the same (%)"
        case "decreased": measure = "share whose score went down (%)"
        case "increased_or_stable": measure = "share whose score went up or stayed the same (%)"
        case "mean_change": measure = "mean change in score"
        case "stage_up": measure = "share who moved up a Journey of Change stage (%)"
        default: return nil
        }
        return "Star, \(area.name): \(measure)"
    }

    private static func ndt(_ parts: [String]) -> String? {
        if parts == ["pairs"] { return "NDT: people with a start and a follow-up about 12 months later" }
        guard parts.count == 2, parts[0] == "reduction" else { return nil }
        if parts[1] == "total" { return "NDT: reduction in the weighted total (%)" }
        guard let item = NDTItem(rawValue: parts[1]) else { return nil }
        return "NDT, \(item.name): reduction in weighted score (%)"
    }

    private static func accommodation(_ parts: [String]) -> String? {
        switch parts.first {
        case "rough_sleeping":
            guard parts.count == 2 else { return nil }
            if parts[1] == "change" { return "People sleeping rough: change from quarter 1 to quarter 4 of support (%)" }
            return supportQuarter(parts[1]).map { "People sleeping rough in \($0)" }
        case "rough_sleeping_share":
            guard parts.count == 2 else { return nil }
            return supportQuarter(parts[1]).map { "Share sleeping rough in \($0) (%)" }
        case "people":
            guard parts.count == 3, let quarter = supportQuarter(parts[2]), let place = accommodationPlace(parts[1]) else { return nil }
            return "People with any nights in \(place), \(quarter)"
        case "mean_nights":
            guard parts.count == 3, let quarter = supportQuarter(parts[2]), let place = accommodationPlace(parts[1]) else { return nil }
            return "Mean nights in \(place), \(quarter)"
        case "mean_nights_change":
            guard parts.count == 2, let place = accommodationPlace(parts[1]) else { return nil }
            return "Change in mean nights in \(place), quarter 1 to quarter 4 of support"
        case "stable":
            guard parts.count == 2, let months = stableMonths[parts[1]] else { return nil }
            return "In stable housing \(months) months after support began (%)"
        default: return nil
        }
    }

    private static let stableMonths = ["q1": 3, "q2": 6, "q4": 12, "q6": 18]

    private static func accommodationPlace(_ slug: String) -> String? {
        switch slug {
        case "in_accommodation": "accommodation (any setting but rough sleeping, prison or hospital)"
        case "temporary": "temporary accommodation (night shelter, B&B or hostel, supported)"
        case "tenancy_social": "a social tenancy of their own"
        case "tenancy_private": "a private tenancy of their own"
        default: AccommodationSetting(rawValue: slug)?.name
        }
    }

    private static func supportQuarter(_ slug: String) -> String? {
        guard slug.hasPrefix("q"), let number = Int(slug.dropFirst()) else { return nil }
        return "quarter \(number) of support"
    }

    private static func serviceUse(_ parts: [String]) -> String? {
        switch parts.first {
        case "mean":
            guard parts.count == 3, let kind = ServiceUseKind(rawValue: parts[1]) else { return nil }
            switch parts[2] {
            case "baseline": return "Mean \(kind.name) in the quarter before support"
            case "q4": return "Mean \(kind.name) in quarter 4 of support"
            default: return nil
            }
        case "reduction":
            guard parts.count == 2, let kind = ServiceUseKind(rawValue: parts[1]) else { return nil }
            return "Reduction in \(kind.name), before support to quarter 4 (%)"
        default:
            guard let (first, second) = parts.first.flatMap(serviceUseWindow) else { return nil }
            if parts.count == 2, parts[1] == "people" { return "People with service-use records for \(first) and \(second)" }
            guard parts.count == 3, let kind = ServiceUseKind(rawValue: parts[2]) else { return nil }
            switch parts[1] {
            case "mean_from": return "Mean \(kind.name) in \(first) (of those compared with \(second))"
            case "mean_to": return "Mean \(kind.name) in \(second) (of those compared with \(first))"
            case "reduction": return "Reduction in \(kind.name) from \(first) to \(second) (%)"
            default: return nil
            }
        }
    }

    /// The two quarters a service-use window compares.
    private static func serviceUseWindow(_ slug: String) -> (String, String)? {
        switch slug {
        case "q0_q4": ("the quarter before support", "quarter 4 of support")
        case "q0_q8": ("the quarter before support", "quarter 8 of support")
        case "q1_q4": ("quarter 1 of support", "quarter 4 of support")
        default: nil
        }
    }
}
