import CLinux
import Glibc
import Synchronization

/// Turns SIGTERM/SIGINT into a readable eventfd: the handler does nothing but `write`.
enum SignalRelay {
    private static let target = Atomic<Int32>(-1)

    static func wait(for signals: [Int32], onReady: () -> Void) {
        let fd = eventfd(0, Int32(EFD_CLOEXEC))
        target.store(fd, ordering: .sequentiallyConsistent)
        for signal in signals {
            clinux_install_handler(signal) { _ in
                var one: UInt64 = 1
                _ = write(SignalRelay.target.load(ordering: .relaxed), &one, 8)
            }
        }
        onReady()
        var value: UInt64 = 0
        while read(fd, &value, 8) < 0 && errno == EINTR {}
        for signal in signals {
            clinux_restore_default(signal)
        }
        target.store(-1, ordering: .sequentiallyConsistent)
        close(fd)
    }
}
