import Domain
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An import's progress on standard error, rewritten in place, when that is a terminal and the
/// import has run for more than a second; nothing at all when the output goes to a pipe, a file
/// or a scheduler's log, so scripts see only the summary.
final class TerminalProgress {
    private let isTerminal: Bool
    private let write: (String) -> Void
    private let clock: () -> Double
    private let start: Double
    private var lastShown: Double?
    private var latest: ImportProgress?

    /// Updates shown no more often than this, in seconds.
    static let interval = 0.2
    /// Nothing is shown for imports quicker than this, in seconds.
    static let delay = 1.0

    init(isTerminal: Bool, write: @escaping (String) -> Void, clock: @escaping () -> Double) {
        self.isTerminal = isTerminal
        self.write = write
        self.clock = clock
        self.start = clock()
    }

    /// Progress on the process's standard error, shown only if it is a terminal.
    static func standardError() -> TerminalProgress {
        TerminalProgress(
            isTerminal: isatty(STDERR_FILENO) == 1,
            write: { FileHandle.standardError.write(Data($0.utf8)) },
            clock: { ProcessInfo.processInfo.systemUptime })
    }

    func update(_ progress: ImportProgress) {
        latest = progress
        guard isTerminal else { return }
        let now = clock()
        guard now - start >= Self.delay else { return }
        if let lastShown, now - lastShown < Self.interval { return }
        lastShown = now
        write("\r" + progress.line(elapsedSeconds: now - start) + "\u{1B}[K")
    }

    /// Ends the line, with the final counts, if any progress was shown.
    func finish() {
        guard lastShown != nil, let latest else { return }
        write("\r" + latest.line(elapsedSeconds: clock() - start) + "\u{1B}[K\n")
    }
}
