import Glibc
import Synchronization

/// Resolved static files with small files' bytes in memory, revalidated (realpath + stat)
/// at most once a second per path, so a hit costs a dictionary lookup under a lock.
final class FileCache: Sendable {
    /// One resolved file.
    struct Entry: Sendable {
        var path: String
        var size: Int
        var modified: Int
        var modifiedNanoseconds: Int
        /// The bytes when the file is small enough to keep in memory.
        var bytes: [UInt8]?
        /// Content-Type, ETag, Last-Modified and Cache-Control.
        var headers: HTTPHeaders
        var etag: String
        var checkedAt: UInt64
    }

    private let root: String
    private let maxFileBytes: Int
    private let maxEntries: Int
    private let entries = Mutex<[String: Entry]>([:])

    /// `root` must already be a real path (no symlinks).
    init(root: String, maxFileBytes: Int, maxEntries: Int) {
        self.root = root
        self.maxFileBytes = maxFileBytes
        self.maxEntries = maxEntries
    }

    /// The file at `relative` (already checked for `..` and friends), or nil. `now` may be
    /// older than an entry another loop just refreshed.
    func entry(for relative: String, now: UInt64 = Monotonic.nanoseconds()) -> Entry? {
        if let cached = entries.withLock({ $0[relative] }), now < cached.checkedAt + 1_000_000_000 {
            return cached
        }
        guard let fresh = load(relative, now: now) else {
            entries.withLock { _ = $0.removeValue(forKey: relative) }
            return nil
        }
        entries.withLock { table in
            if table.count >= maxEntries && table[relative] == nil { table.removeAll() }
            table[relative] = fresh
        }
        return fresh
    }

    private func load(_ relative: String, now: UInt64) -> Entry? {
        guard let resolved = realpath(root + "/" + relative, nil) else { return nil }
        let path = String(cString: resolved)
        free(resolved)
        guard path.hasPrefix(root + "/") else { return nil }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        let modified = Int(info.st_mtim.tv_sec)
        let nanoseconds = Int(info.st_mtim.tv_nsec)
        var bytes: [UInt8]?
        if size <= maxFileBytes {
            guard let read = Self.read(path, size: size) else { return nil }
            bytes = read
        }
        let etag = "\"\(String(size, radix: 16))-\(String(modified, radix: 16)).\(String(nanoseconds, radix: 16))\""
        let name = relative.split(separator: "/").last ?? ""
        var headers = HTTPHeaders()
        headers.add("Content-Type", ContentTypes.forFile(name))
        headers.add("ETag", etag)
        headers.add("Last-Modified", HTTPDate.format(modified))
        headers.add(
            "Cache-Control",
            ContentTypes.isFingerprinted(name)
                ? "public, max-age=31536000, immutable" : "public, max-age=300")
        return Entry(
            path: path, size: size, modified: modified, modifiedNanoseconds: nanoseconds,
            bytes: bytes, headers: headers, etag: etag, checkedAt: now)
    }

    /// Reads a whole file; nil on any error or if it changed size meanwhile.
    static func read(_ path: String, size: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, size - done, off_t(done)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            done += count
        }
        return bytes
    }
}
