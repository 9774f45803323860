import Foundation
import Testing

/// Runs `body` in a fresh headless Chromium with its own chromedriver and empty profile.
///
/// The session is always quit and chromedriver stopped, whether `body` returns or throws.
/// When `body` throws, a screenshot and the page source are recorded as test attachments
/// (written out by `swift test --attachments-path DIR`). Starting chromedriver takes well
/// under a second; Chromium about one. Nest two calls for a journey with two people.
func withBrowser<Value>(
    windowWidth: Int = 1280,
    windowHeight: Int = 900,
    extraArguments: [String] = [],
    _ body: (WebDriver) async throws -> Value
) async throws -> Value {
    let driverProcess = try await ChromeDriverProcess.start()
    do {
        let options = ChromeOptions(
            binary: driverProcess.browserPath,
            windowSize: (windowWidth, windowHeight),
            userDataDirectory: try driverProcess.makeProfileDirectory(), extraArguments: extraArguments)
        let browser = try await WebDriver.startSession(driverPort: driverProcess.port, options: options)
        let value: Value
        do {
            value = try await body(browser)
        } catch {
            await recordFailureEvidence(from: browser)
            try? await browser.quit()
            throw error
        }
        try await browser.quit()
        await driverProcess.stop()
        return value
    } catch {
        await driverProcess.stop()
        throw error
    }
}

/// Attaches what the browser showed when a journey failed, ignoring errors (it may be gone).
private func recordFailureEvidence(from browser: WebDriver) async {
    if let png = try? await browser.screenshot() {
        Attachment.record([UInt8](png), named: "failure-screenshot.png")
    }
    if let source = try? await browser.pageSource() {
        let address = (try? await browser.currentURL().absoluteString) ?? "unknown URL"
        Attachment.record("<!-- \(address) -->\n\(source)", named: "failure-page.html")
    }
}
