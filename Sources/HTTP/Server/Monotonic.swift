import Glibc

/// Nanoseconds of CLOCK_MONOTONIC.
enum Monotonic {
    static func nanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// A duration in seconds as nanoseconds, clamped to 0...10⁹ s so it can never trap.
    static func nanoseconds(fromSeconds seconds: Double) -> UInt64 {
        UInt64(min(max(0, seconds), 1e9) * 1_000_000_000)
    }
}
