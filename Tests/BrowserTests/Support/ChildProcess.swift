import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A helper program run for the tests, its output in a log file, stopped with a bounded wait.
///
/// Spawned with `posix_spawn` rather than Foundation's `Process`: `Process.run()` called from
/// an async test runs on a Dispatch thread whose blocked signal mask the child inherits, so
/// the child never sees SIGTERM. Here the child starts with no blocked signals and default
/// handlers. Output goes to a file, never a pipe: a pipe nobody reads fills up and blocks it.
final class ChildProcess: Sendable {
    /// A short name for messages, e.g. `chromedriver`.
    let name: String
    /// Where the child's stdout and stderr go.
    let logFile: URL
    /// The child's process id.
    let pid: pid_t
    private let exited = Mutex(false)

    /// Starts `executable` with `arguments`, logging into `logFile`.
    init(name: String, executable: String, arguments: [String], logFile: URL) throws {
        self.name = name
        self.logFile = logFile
        pid = try Self.spawn(executable, arguments, logPath: logFile.path, name: name)
    }

    /// Whether the child is still alive; reaps it once it has exited.
    var isRunning: Bool {
        exited.withLock { exited in
            if !exited {
                var status: Int32 = 0
                exited = waitpid(pid, &status, WNOHANG) == pid
            }
            return !exited
        }
    }

    /// The last lines of the child's log, for error messages.
    func logTail(maxCharacters: Int = 2_000) -> String {
        let text = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        return String(text.suffix(maxCharacters))
    }

    /// Sends SIGTERM, waits up to `grace` for the child to exit, then sends SIGKILL and reaps it.
    func stop(grace: Duration = .seconds(5)) async {
        guard isRunning else { return }
        kill(pid, SIGTERM)
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: grace)
        while isRunning, clock.now < deadline {
            do { try await Task.sleep(for: .milliseconds(20)) } catch { break }
        }
        guard isRunning else { return }
        kill(pid, SIGKILL)
        exited.withLock { exited in
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
            exited = true
        }
    }

    private static func spawn(
        _ executable: String, _ arguments: [String], logPath: String, name: String
    ) throws -> pid_t {
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
        for signal in [SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard result == 0 else {
            throw WebDriverError.processDidNotStart(
                name: name, detail: "posix_spawn \(executable): \(String(cString: strerror(result)))")
        }
        return pid
    }
}
