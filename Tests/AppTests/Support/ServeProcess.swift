import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The built `trusted-person serve` executable running as its own process on a free loopback
/// port, so a test can kill it as a power cut would (SIGKILL) and start it again.
///
/// Spawned with `posix_spawn` and an empty signal mask (as `BrowserTests`' `ChildProcess`
/// explains, `Process` would pass on a blocked SIGTERM); output goes to a log file.
final class ServeProcess {
    /// Why the executable could not be run or did not start listening.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let pid: pid_t
    /// The port it listens on, read from its start-up line.
    let port: Int
    let logPath: String
    private var reaped = false

    /// `trusted-person` beside the test bundle (SwiftPM builds every product before testing).
    static var executable: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return bundle.appendingPathComponent("trusted-person").path
    }

    /// Starts `serve --db database --port 0` and waits (up to 30 s) for it to say where it listens.
    init(database: String, logPath: String, environment extra: [String: String] = [:]) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            throw Failure(description: "\(Self.executable) is missing: run `swift build` first")
        }
        self.logPath = logPath
        var environment = ProcessInfo.processInfo.environment
        environment["TP_ROOT"] = TestApp.rootDirectory
        environment["TP_ACCESS_LOG"] = "false"
        for (name, value) in extra { environment[name] = value }
        pid = try Self.spawn(["serve", "--db", database, "--port", "0"], environment: environment, logPath: logPath)
        let deadline = Date().addingTimeInterval(30)
        var found: Int?
        while found == nil, Date() < deadline {
            let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            found = log.firstMatch(of: /running at http:\/\/127\.0\.0\.1:(\d+)/).flatMap { Int($0.1) }
            if found == nil { usleep(20_000) }
        }
        guard let found else {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            throw Failure(description: "serve did not start: " + ((try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""))
        }
        port = found
    }

    /// Kills the process at once, as a crash or power cut would, and reaps it.
    func killNow() {
        guard !reaped else { return }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        reaped = true
    }

    /// Sends SIGTERM and returns the exit status (nil if it did not exit normally within 15 s).
    func terminate() -> Int32? {
        guard !reaped else { return nil }
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(15)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            guard Date() < deadline else {
                killNow()
                return nil
            }
            usleep(10_000)
        }
        reaped = true
        let signalled = status & 0x7f
        return signalled == 0 ? (status >> 8) & 0xff : nil
    }

    deinit { killNow() }

    private static func spawn(_ arguments: [String], environment: [String: String], logPath: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGTERM, SIGINT, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw Failure(description: "posix_spawn: \(String(cString: strerror(result)))") }
        return pid
    }
}
