import Foundation

/// One rule axe-core found broken on a page, with the elements that break it.
struct AxeViolation: Decodable, Sendable {
    /// The rule's id, e.g. `color-contrast`.
    let id: String
    /// `minor`, `moderate`, `serious` or `critical`.
    let impact: String
    /// The rule's one-line summary.
    let help: String
    /// A CSS selector for each offending element.
    let targets: [String]

    /// Whether the test fails on it: only serious and critical violations do.
    var isBlocking: Bool { impact == "serious" || impact == "critical" }
}

/// Runs axe-core (https://github.com/dequelabs/axe-core) on the page the browser shows.
struct AxeCheck: Sendable {
    /// The contents of `axe.min.js`, injected afresh into every page (a navigation clears it).
    let source: String

    init(scriptPath: String) throws {
        source = try String(contentsOfFile: scriptPath, encoding: .utf8)
    }

    /// Every rule the current page violates, with all of axe's default rules enabled; injects
    /// axe first unless the page already has it (a resize keeps it, a navigation does not).
    func violations(in browser: WebDriver) async throws -> [AxeViolation] {
        if try await !browser.execute("return typeof axe === 'object';", as: Bool.self) {
            try await browser.execute(source + "\n;return true;", as: Bool.self)
        }
        return try await browser.execute(Self.run, as: [AxeViolation].self)
    }

    /// Runs axe on the whole document and reduces its answer to what `AxeViolation` holds.
    private static let run = """
        return axe.run(document, {resultTypes: ['violations']}).then(function (result) {
            return result.violations.map(function (rule) {
                return {id: rule.id, impact: rule.impact || 'minor', help: rule.help,
                        targets: rule.nodes.map(function (node) { return node.target.join(' '); })};
            });
        });
        """
}
