import Domain

/// An access-log entry's reason in words, for the manager's search: "Opened the record: story,
/// notes" rather than the route it was logged with ("view", "GET /people/42"). Entries logged
/// with words already ("Opened a request for help") keep them.
enum AccessLogReasonWords {
    /// What each part of a person's record is called, by the path segment after `/people/:id`.
    private static let recordParts: [String: String] = [
        "": "the record", "story": "the story", "plan": "the plan", "contacts": "contacts", "meetings": "meetings",
        "consents": "consents", "links": "the circle of trust", "progress": "progress", "ndt": "NDT assessments",
        "star": "Outcomes Star readings", "accommodation": "accommodation records", "service-use": "service-use records",
        "handovers": "handovers", "discussions": "a collective discussion", "survey": "the experience survey",
        "edit": "the person's details", "status": "the case status", "eligibility": "eligibility", "override": "a safeguarding override",
        "unsafe": "unsafe markings", "interim": "interim cover", "account": "the person's account", "lawful-basis": "the lawful basis",
    ]

    /// Other pages that read a person's information, by their first path segment.
    private static let pages: [String: String] = [
        "me": "their own page", "handovers": "a handover", "help": "a request for help", "alongside": "the people they walk alongside",
        "caseload": "the caseload", "reports": "the quarterly report", "imports": "an import", "trusted-people": "a trusted person's page",
        "bulk-handovers": "a handover of everyone", "network": "the network page",
    ]

    /// The entry's reason in words, with the categories opened (their titles) after a colon.
    static func words(action: String, reason: String, categories: [InformationCategory]) -> String {
        let order = InformationCategory.allCases
        let sorted = categories.sorted { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) }
        let opened = sorted.isEmpty ? "summary only" : sorted.map(\.title).joined(separator: ", ")
        return sentence(action: action, reason: reason) + ": " + opened
    }

    /// The sentence before the categories.
    static func sentence(action: String, reason: String) -> String {
        if action == "list" {
            return reason == AccessLog.networkPageReason ? "Listed by reference on the network page" : "Listed by reference (\(reason))"
        }
        let parts = reason.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, ["GET", "POST"].contains(parts[0]), parts[1].hasPrefix("/") else {
            return action == "export" ? "Exported (\(reason))" : reason
        }
        let verb = parts[0] == "GET" ? "Opened" : "Changed"
        let segments = parts[1].split(separator: "?", maxSplits: 1)[0].split(separator: "/").map(String.init)
        if segments.first == "people", segments.count >= 2 {
            let part = segments.count > 2 ? segments[2] : ""
            return verb + " " + (recordParts[part] ?? "the record")
        }
        return verb + " " + (segments.first.flatMap { pages[$0] } ?? "a page")
    }
}
