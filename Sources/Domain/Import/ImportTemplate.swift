/// A template file for one kind of import: the importer's own header row
/// (`ImportKind.allColumns`, so there is no second list of columns) and one fictional example
/// row, for people who would rather fill in a spreadsheet than read column names (issue 15).
///
/// The example rows describe one made-up person, `CF-9001` ("Alex Example"), supported by
/// `TP-EXAMPLE` ("Jo Example"), so the files can be imported in order and each one's
/// references resolve: people, trusted-people, trust-links, then the rest.
public enum ImportTemplate {
    /// The template as CSV text: the header row and the example row, each ending in CRLF (RFC 4180).
    public static func csv(_ kind: ImportKind) -> String {
        let columns = kind.allColumns
        return [columns, columns.map { example($0, kind) }]
            .map { row in row.map(quoted).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A plausible value for `column` in a `kind` file; empty for optional facts left unknown.
    static func example(_ column: String, _ kind: ImportKind) -> String {
        if kind == .barriers { return Self.barrier[column] ?? "" }
        if let value = Self.byColumn[column] { return value }
        if kind == .star, StarArea(rawValue: column) != nil { return "5" }
        if kind == .ndt, NDTItem(rawValue: column) != nil { return "2" }
        if kind == .people, let disadvantage = Disadvantage(rawValue: column) {
            return [.homelessness, .mentalHealth, .offending].contains(disadvantage) ? "yes" : "no"
        }
        if let setting = AccommodationSetting(rawValue: column) {
            return [.roughSleeping: "30", .supportedAccommodation: "60"][setting] ?? "0"
        }
        if ServiceUseKind(rawValue: column) != nil { return column == ServiceUseKind.aeAttendances.rawValue ? "1" : "0" }
        if let question = SurveyQuestion(rawValue: column) { return question.isYesNo ? "no" : "4" }
        return ""
    }

    private static let barrier: [String: String] = [
        "ref": "BR-9001", "title": "Example: no GP registration without a fixed address", "category": "eligibility",
        "raised_on": "2026-01-20", "status": "raised",
    ]

    private static let byColumn: [String: String] = [
        "ref": "CF-9001", "preferred_name": "Alex Example", "date_of_birth": "1984-04-01", "district": "fenland",
        "cohort_group": "known-not-connected", "referral_source": "Street outreach", "status": "open", "opened_on": "2026-01-12",
        "referred_on": "2026-01-05", "key": "TP-EXAMPLE", "name": "Jo Example", "kind": "person", "paid": "volunteer",
        "person_ref": "CF-9001", "trusted_key": "TP-EXAMPLE", "role": "primary", "started_on": "2026-01-12",
        "assessed_on": "2026-01-19", "support_quarter": "1", "answered_on": "2026-02-02", "course": "trauma-informed-practice",
        "attended_on": "2026-02-10",
    ]

    private static func quoted(_ field: String) -> String {
        field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + field.replacingAll("\"", with: "\"\"") + "\"" : field
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        reduce(into: "") { $0 += $1 == target ? replacement : String($1) }
    }
}
