import Foundation

/// How Chromium is launched for one session, sent as `goog:chromeOptions`.
///
/// Headless, sandbox off (CI runs as root, where Chromium's sandbox refuses to start),
/// `/dev/shm` unused (containers give it 64 MB), and a fresh profile per session so no
/// cookie or cache leaks from one journey into the next.
struct ChromeOptions: Sendable {
    /// The Chromium executable, or `nil` to let chromedriver look for one.
    var binary: String?
    /// The window's width and height in CSS pixels.
    var windowSize: (width: Int, height: Int)
    /// The profile directory; must be empty or absent, and is the caller's to delete.
    var userDataDirectory: URL
    /// Flags added after the defaults.
    var extraArguments: [String] = []

    /// The full Chromium command line, minus the executable.
    var arguments: [String] {
        [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--window-size=\(windowSize.width),\(windowSize.height)",
            "--user-data-dir=\(userDataDirectory.path)",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--password-store=basic",
            "--lang=en-GB",
        ] + extraArguments
    }

    /// The body of `POST /session` (W3C WebDriver §8.1 "New Session").
    var newSessionBody: NewSessionBody {
        NewSessionBody(
            capabilities: .init(
                alwaysMatch: .init(
                    browserName: "chrome",
                    pageLoadStrategy: "normal",
                    timeouts: .init(implicit: 0, pageLoad: 20_000, script: 10_000),
                    chromeOptions: .init(binary: binary, args: arguments))))
    }
}

/// The JSON shape of a new-session request.
struct NewSessionBody: Encodable {
    let capabilities: Capabilities

    /// The `capabilities` member: only `alwaysMatch`, since there is one browser to match.
    struct Capabilities: Encodable {
        let alwaysMatch: AlwaysMatch
    }

    /// The capabilities every match must have.
    struct AlwaysMatch: Encodable {
        let browserName: String
        let pageLoadStrategy: String
        let timeouts: Timeouts
        let chromeOptions: GoogleChromeOptions

        enum CodingKeys: String, CodingKey {
            case browserName, pageLoadStrategy, timeouts
            case chromeOptions = "goog:chromeOptions"
        }
    }

    /// Session timeouts in milliseconds; implicit waits off, so waiting is always explicit.
    struct Timeouts: Encodable {
        let implicit: Int
        let pageLoad: Int
        let script: Int
    }

    /// The vendor-specific part chromedriver reads.
    struct GoogleChromeOptions: Encodable {
        let binary: String?
        let args: [String]
    }
}
