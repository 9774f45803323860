import Foundation

/// An axe violation found on one page at one window width.
struct AxeFinding: Sendable {
    /// The role and path, e.g. `coordinator /caseload`.
    let page: String
    /// The window width in CSS pixels.
    let width: Int
    let violation: AxeViolation
}

/// What the page checks found for one role, summarised for the log and spelled out for a failure.
struct PageCheckReport: Sendable {
    let role: String
    /// Pages the Nu checker read, and how many of them (one of each shape) axe checked.
    let pageCount: Int
    let axePageCount: Int
    let errorStateCount: Int
    let axe: [AxeFinding]
    let nu: [NuMessage]
    let duration: Duration

    /// The serious and critical axe findings: these fail the test.
    var blockingAxe: [AxeFinding] { axe.filter(\.violation.isBlocking) }
    /// The Nu checker's errors: these fail the test (its `info` messages and warnings do not).
    var nuErrors: [NuMessage] { nu.filter { $0.type != "info" } }

    /// One line with the counts: pages, time, axe findings per rule and impact, Nu errors.
    var summary: String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return "Page checks (\(role)): \(pageCount) pages (axe on \(axePageCount), one of each shape) and "
            + "\(errorStateCount) form error states, at 1280 and 390 px, in \(String(format: "%.1f", seconds)) s; "
            + "axe serious/critical: \(Self.countsByRule(blockingAxe)); "
            + "axe minor/moderate: \(Self.countsByRule(axe.filter { !$0.violation.isBlocking })); "
            + "Nu errors: \(nuErrors.count)"
    }

    /// Every blocking axe finding grouped by rule: page, width and the offending elements.
    var axeDetails: String {
        let byRule = Dictionary(grouping: blockingAxe, by: \.violation.id)
        return byRule.keys.sorted().map { rule in
            let findings = byRule[rule]!
            let first = findings[0].violation
            let places = findings.prefix(20).map { finding in
                "    \(finding.page) @\(finding.width)px: \(finding.violation.targets.prefix(5).joined(separator: " | "))"
            }
            let more = findings.count > 20 ? ["    … and \(findings.count - 20) more pages"] : []
            return (["  \(rule) (\(first.impact)): \(first.help)"] + places + more).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// Every Nu error: page, line, message and the source around it.
    var nuDetails: String {
        nuErrors.prefix(60).map { message in
            "  \(message.page) line \(message.line.map(String.init) ?? "?"): \(message.message)"
                + " «\(message.extract.replacingOccurrences(of: "\n", with: "↵"))»"
        }.joined(separator: "\n")
    }

    /// `rule ×count` for each rule, most frequent first, or `none`.
    private static func countsByRule(_ findings: [AxeFinding]) -> String {
        let counts = Dictionary(grouping: findings, by: \.violation.id).mapValues(\.count)
        guard !counts.isEmpty else { return "none" }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
    }
}
