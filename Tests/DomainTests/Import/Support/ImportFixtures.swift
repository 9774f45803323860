import Domain

/// Valid sample rows per kind and helpers that turn them into CSV and read it back.
enum ImportFixtures {
    static let today = CalendarDate(iso: "2026-11-22")!
    static let file = "in.csv"

    /// A row every rule accepts, by column name.
    static func sample(_ kind: ImportKind) -> [String: String] {
        switch kind {
        case .people:
            [
                "ref": "CF-0001", "preferred_name": "Sam", "legal_name": "", "date_of_birth": "1980-05-01",
                "district": "cambridge", "cohort_group": "not-known", "referral_source": "", "status": "open",
                "opened_on": "2024-01-15", "closed_on": "", "closure_reason": "", "homelessness": "yes",
                "mental_health": "no", "substance_misuse": "y", "domestic_abuse": "n", "offending": "1",
            ]
        case .trustedPeople: ["key": "tp-1", "name": "Alex", "kind": "person", "organisation": "", "paid": "volunteer"]
        case .trustLinks:
            [
                "person_ref": "CF-0001", "trusted_key": "tp-1", "role": "primary", "started_on": "2024-02-01",
                "ended_on": "", "end_reason": "", "introduced_by": "",
            ]
        case .star: assessment(StarArea.allCases.map(\.rawValue), "5")
        case .ndt: assessment(NDTItem.allCases.map(\.rawValue), "2").merging(["period_note": ""]) { $1 }
        case .accommodation:
            quarter(AccommodationSetting.allCases.map(\.rawValue), "1").merging(["rough_sleeping": "30"]) { $1 }
        case .serviceUse: quarter(ServiceUseKind.allCases.map(\.rawValue), "0").merging(["arrests": "2"]) { $1 }
        case .barriers:
            [
                "ref": "B-1", "title": "No GP registration", "category": "eligibility", "raised_on": "2024-03-01",
                "status": "raised", "level": "", "action_plan_on": "", "escalated_on": "", "resolved_on": "",
                "organisations": "",
            ]
        case .survey:
            [
                "person_ref": "CF-0001", "answered_on": "2024-06-01", "told_story_more_than_once": "no", "turned_away": "",
                "progress_on_priority": "yes", "voice_heard": "4", "in_control": "", "intake_satisfaction": "5",
            ]
        case .training: ["trusted_key": "tp-1", "course": "trauma-informed-practice", "attended_on": "2024-03-01"]
        }
    }

    /// A CSV file of `kind` with every column in the contract's order and one line per row.
    static func csv(_ kind: ImportKind, _ rows: [[String: String]]) -> String {
        let columns = kind.allColumns
        let lines =
            [columns.joined(separator: ",")]
            + rows.map { row in columns.map { quoted(row[$0] ?? "") }.joined(separator: ",") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The sample row with `changes`, as a whole file.
    static func csv(_ kind: ImportKind, _ changes: [String: String] = [:]) -> String {
        csv(kind, [sample(kind).merging(changes) { $1 }])
    }

    static func read(_ kind: ImportKind, _ text: String) -> (rows: [ImportRow], errors: [String]) {
        let (rows, errors) = ImportTable.read(kind: kind, bytes: Array(text.utf8), file: file, today: today)
        return (rows, errors.map(\.description))
    }

    /// The error lines for the sample row of `kind` with `changes`.
    static func errors(_ kind: ImportKind, _ changes: [String: String]) -> [String] {
        read(kind, csv(kind, changes)).errors
    }

    private static func assessment(_ columns: [String], _ value: String) -> [String: String] {
        var row = Dictionary(uniqueKeysWithValues: columns.map { ($0, value) })
        row["person_ref"] = "CF-0001"
        row["assessed_on"] = "2024-02-01"
        return row
    }

    private static func quarter(_ columns: [String], _ quarter: String) -> [String: String] {
        var row = Dictionary(uniqueKeysWithValues: columns.map { ($0, "0") })
        row["person_ref"] = "CF-0001"
        row["support_quarter"] = quarter
        return row
    }

    private static func quoted(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
