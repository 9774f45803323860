import Foundation

/// A fixed set of read-only connections, each lent to one caller at a time.
final class ReaderPool {
    private let condition = NSCondition()
    private var idle: [Database]
    /// How many connections the pool holds, lent out or idle.
    let count: Int

    /// Opens `count` read-only connections to the file at `path`.
    init(path: String, count: Int) throws {
        precondition(count > 0, "a pool needs at least one reader")
        self.count = count
        idle = try (0..<count).map { _ in try Database(path: path, readOnly: true) }
    }

    /// Lends a connection to `body`, waiting while all are lent out.
    func withReader<T>(_ body: (Database) throws -> T) rethrows -> T {
        let reader = take()
        defer { giveBack(reader) }
        return try body(reader)
    }

    /// Lends two connections at once to `body`, or `nil` to it when the pool has only one.
    ///
    /// Both are taken in one step under the lock, so two callers each waiting for a second
    /// connection while holding a first can never block each other.
    func withTwoReaders<T>(_ body: ((Database, Database)?) throws -> T) rethrows -> T {
        guard count > 1 else { return try body(nil) }
        condition.lock()
        while idle.count < 2 {
            condition.wait()
        }
        let pair = (idle.removeLast(), idle.removeLast())
        condition.unlock()
        defer {
            giveBack(pair.0)
            giveBack(pair.1)
        }
        return try body(pair)
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
