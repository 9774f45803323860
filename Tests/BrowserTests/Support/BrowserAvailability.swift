import Foundation
import Testing

/// Whether this machine runs the browser journeys, decided once per test run.
///
/// Without chromedriver and Chromium a developer's laptop skips the journeys and says why.
/// On CI (`CI=true`, as GitHub Actions and most CI services set it) they always run, so a
/// missing browser fails the build loudly instead of passing by skipping.
enum BrowserAvailability {
    /// Whether the environment says it is CI.
    static let isCI: Bool = {
        let value = ProcessInfo.processInfo.environment["CI"]?.lowercased() ?? ""
        return value == "true" || value == "1"
    }()

    /// Why the browser tools cannot be used, or `nil` when both were found.
    static let missingReason: String? = {
        do {
            _ = try BrowserTools.locate()
            return nil
        } catch {
            return "\(error)"
        }
    }()

    /// Whether browser suites run; the first evaluation prints the reason for a skip.
    static let shouldRun: Bool = {
        guard let reason = missingReason else { return true }
        if isCI {
            print("Browser tests: \(reason). CI=true, so they run anyway and will fail.")
            return true
        }
        print("Browser tests skipped: \(reason). \(installHint)")
        return false
    }()

    /// What to do about a skip.
    static let installHint =
        "Install them (apt-get install chromium chromium-driver) or set CHROMEDRIVER_PATH and CHROME_PATH."
}

extension Trait where Self == ConditionTrait {
    /// Runs a suite only where chromedriver and Chromium are installed, and always on CI.
    ///
    /// The comment is what Swift Testing prints beside each skipped test.
    static var requiresBrowser: Self {
        .enabled(
            if: BrowserAvailability.shouldRun,
            Comment(
                rawValue: "needs a browser: \(BrowserAvailability.missingReason ?? "found")."
                    + " \(BrowserAvailability.installHint)"))
    }
}
