import Foundation

/// A fixed set of read-only connections, each lent to one caller at a time.
final class ReaderPool {
    private let condition = NSCondition()
    private var idle: [Database]

    /// Opens `count` read-only connections to the file at `path`.
    init(path: String, count: Int) throws {
        precondition(count > 0, "a pool needs at least one reader")
        idle = try (0..<count).map { _ in try Database(path: path, readOnly: true) }
    }

    /// Lends a connection to `body`, waiting while all are lent out.
    func withReader<T>(_ body: (Database) throws -> T) rethrows -> T {
        let reader = take()
        defer { giveBack(reader) }
        return try body(reader)
    }

    private func take() -> Database {
        condition.lock()
        defer { condition.unlock() }
        while idle.isEmpty {
            condition.wait()
        }
        return idle.removeLast()
    }

    private func giveBack(_ reader: Database) {
        condition.lock()
        idle.append(reader)
        condition.signal()
        condition.unlock()
    }
}
