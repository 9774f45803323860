import Foundation

/// Explicit waits: poll until something holds or a deadline passes.
///
/// Implicit waits are off (see `ChromeOptions`), so every wait is visible in the journey
/// and every timeout names what it waited for.
extension WebDriver {
    /// Polls `probe` until it returns a value, treating a missing or stale element as "not yet".
    func wait<Value>(
        for description: String,
        timeout: Duration = .seconds(10),
        pollInterval: Duration = .milliseconds(100),
        until probe: () async throws -> Value?
    ) async throws -> Value {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            do {
                if let value = try await probe() { return value }
            } catch let error as WebDriverError where error.isElementGone {
                // The page is still changing under the probe: look again after the pause.
            }
            guard clock.now < deadline else {
                throw WebDriverError.waitTimedOut(waitingFor: description, after: timeout)
            }
            try await Task.sleep(for: pollInterval)
        }
    }

    /// Waits for an element matching `selector`, optionally until it is also displayed.
    @discardableResult
    func waitForElement(
        css selector: String, displayed: Bool = false, timeout: Duration = .seconds(10)
    ) async throws -> WebElement {
        try await wait(for: "element '\(selector)'", timeout: timeout) {
            for element in try await findElements(css: selector) {
                if !displayed { return element }
                if try await element.isDisplayed() { return element }
            }
            return nil
        }
    }

    /// Waits until no element matches `selector`.
    func waitForNoElement(css selector: String, timeout: Duration = .seconds(10)) async throws {
        try await wait(for: "no element '\(selector)'", timeout: timeout) {
            try await findElements(css: selector).isEmpty ? () : nil
        }
    }

    /// Waits until the current URL's path is `path`, and returns the full URL.
    @discardableResult
    func waitForPath(_ path: String, timeout: Duration = .seconds(10)) async throws -> URL {
        try await wait(for: "URL path '\(path)'", timeout: timeout) {
            let url = try await currentURL()
            return url.path == path ? url : nil
        }
    }
}

extension WebDriverError {
    /// A missing or stale element, including Chromium's "does not belong to the document"
    /// (reported as `unknown error` when the page is replaced between finding and reading).
    var isElementGone: Bool {
        if code == .noSuchElement || code == .staleElementReference { return true }
        if case .command(.unknownError, let message, _) = self { return message.contains("does not belong to the document") }
        return false
    }
}
