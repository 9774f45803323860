import Foundation

/// A W3C WebDriver error code, such as `no such element` (W3C WebDriver §6.6, "Errors").
struct WebDriverErrorCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    let rawValue: String

    init(rawValue: String) {
        self.rawValue = rawValue
    }

    var description: String { rawValue }

    static let noSuchElement = Self(rawValue: "no such element")
    static let staleElementReference = Self(rawValue: "stale element reference")
    static let elementNotInteractable = Self(rawValue: "element not interactable")
    static let elementClickIntercepted = Self(rawValue: "element click intercepted")
    static let invalidArgument = Self(rawValue: "invalid argument")
    static let invalidSelector = Self(rawValue: "invalid selector")
    static let invalidSessionID = Self(rawValue: "invalid session id")
    static let sessionNotCreated = Self(rawValue: "session not created")
    static let timeout = Self(rawValue: "timeout")
    static let unknownError = Self(rawValue: "unknown error")
}

/// Everything that can go wrong while driving the browser, each case with enough to act on.
enum WebDriverError: Error, CustomStringConvertible {
    /// The driver answered a command with a W3C error.
    case command(code: WebDriverErrorCode, message: String, endpoint: String)
    /// The HTTP exchange itself failed (refused, reset, or over its time limit).
    case transport(endpoint: String, reason: String)
    /// The driver answered with something that is not the JSON the protocol promises.
    case malformedResponse(endpoint: String, detail: String)
    /// A wait ran out before its condition held.
    case waitTimedOut(waitingFor: String, after: Duration)
    /// A program the browser tests need is not installed.
    case toolMissing(String)
    /// A helper process (chromedriver, a fixture server) did not become ready.
    case processDidNotStart(name: String, detail: String)

    /// The W3C code when the driver reported one, for matching in `catch` clauses.
    var code: WebDriverErrorCode? {
        if case .command(let code, _, _) = self { code } else { nil }
    }

    var description: String {
        switch self {
        case .command(let code, let message, let endpoint):
            "WebDriver error '\(code)' from \(endpoint): \(message)"
        case .transport(let endpoint, let reason):
            "WebDriver request \(endpoint) failed: \(reason)"
        case .malformedResponse(let endpoint, let detail):
            "WebDriver response from \(endpoint) was malformed: \(detail)"
        case .waitTimedOut(let condition, let timeout):
            "Timed out after \(timeout) waiting for \(condition)"
        case .toolMissing(let detail):
            "Browser tooling missing: \(detail)"
        case .processDidNotStart(let name, let detail):
            "\(name) did not start: \(detail)"
        }
    }
}
