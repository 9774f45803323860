import Glibc

/// How the server process uses glibc's allocator.
///
/// Why: glibc gives each thread that allocates its own arena (up to 8 per core) and keeps freed
/// memory in it, so a page that builds a large value on many worker threads at once (the
/// quarterly report) left the process at 480–770 MiB resident where two arenas keep it near
/// 240 MiB at 10,000 people (BENCHMARKS.md section 9), for the same CPU per request.
public enum MemoryArenas {
    /// At most this many malloc arenas.
    public static let maximum: Int32 = 2
    /// `M_ARENA_MAX` from glibc's `<malloc.h>`, which Swift's Glibc module does not import.
    private static let arenaMaxOption: Int32 = -8

    /// Limits the allocator's arenas; call once, before the server's threads start; `true`
    /// when glibc accepted it. `mallopt` is looked up at run time because `<malloc.h>` is not
    /// part of Swift's Glibc module.
    @discardableResult
    public static func limit() -> Bool {
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        typealias MallocOption = @convention(c) (Int32, Int32) -> Int32
        return unsafeBitCast(symbol, to: MallocOption.self)(arenaMaxOption, maximum) == 1
    }
}
