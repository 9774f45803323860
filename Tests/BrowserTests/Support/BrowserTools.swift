import Foundation

/// Where chromedriver and Chromium are installed, looked up the same way everywhere.
///
/// `CHROMEDRIVER_PATH` and `CHROME_PATH` override the search, for CI images that install
/// the browser somewhere unusual; otherwise `PATH` and Debian's locations are tried.
struct BrowserTools: Sendable {
    /// The chromedriver executable.
    let driver: String
    /// The Chromium (or Chrome) executable.
    let browser: String

    private static let driverSearch = Search(
        tool: "chromedriver", override: "CHROMEDRIVER_PATH", names: ["chromedriver"],
        paths: ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"])
    private static let browserSearch = Search(
        tool: "chromium", override: "CHROME_PATH",
        names: ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"],
        paths: ["/usr/bin/chromium", "/usr/lib/chromium/chromium"])

    /// Both tools, or `toolMissing` saying which is missing and where it was looked for.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> BrowserTools
    {
        let driver = driverSearch.run(in: environment)
        let browser = browserSearch.run(in: environment)
        if let driver, let browser {
            return BrowserTools(driver: driver, browser: browser)
        }
        let missing = [
            driver == nil ? driverSearch.failure(in: environment) : nil,
            browser == nil ? browserSearch.failure(in: environment) : nil,
        ]
        throw WebDriverError.toolMissing(missing.compactMap { $0 }.joined(separator: "; "))
    }
}

/// An executable lookup over an override variable, `PATH`, and fixed fallbacks.
private struct Search: Sendable {
    let tool: String
    let override: String
    let names: [String]
    let paths: [String]

    func run(in environment: [String: String]) -> String? {
        if let path = environment[override], !path.isEmpty {
            return isExecutable(path) ? path : nil
        }
        let directories = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let onPath = names.lazy.flatMap { name in directories.lazy.map { "\($0)/\(name)" } }
        return onPath.first(where: isExecutable) ?? paths.first(where: isExecutable)
    }

    func failure(in environment: [String: String]) -> String {
        if let path = environment[override], !path.isEmpty {
            return "\(tool) not found: \(override)=\(path) is not an executable file"
        }
        let places = names.joined(separator: ", ") + " on PATH, " + paths.joined(separator: ", ")
        return "\(tool) not found (looked for \(places); set \(override) to override)"
    }

    private func isExecutable(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: path)
    }
}
