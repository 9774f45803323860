/// One loop's idle connections, oldest first: an intrusive doubly linked list threaded
/// through `Connection.idleOlder` / `idleNewer`, so joining, leaving and taking the oldest
/// are O(1) with no allocation.
///
/// Why: at `maxConnections` a new client should not be refused while old keep-alive
/// connections sit unused; like nginx, the loop closes its least recently used idle
/// connection and admits the newcomer. Owned and touched only by its event loop.
struct IdleConnections {
    /// The connection idle the longest.
    private(set) var oldest: Connection?
    private var newest: Connection?
    private(set) var count = 0

    /// Files `connection` as the newest idle one (no-op when already filed).
    mutating func append(_ connection: Connection) {
        guard !connection.isFiledIdle else { return }
        connection.isFiledIdle = true
        connection.idleOlder = newest
        connection.idleNewer = nil
        if let newest { newest.idleNewer = connection } else { oldest = connection }
        newest = connection
        count += 1
    }

    /// Takes `connection` out of the list (no-op when not filed).
    mutating func remove(_ connection: Connection) {
        guard connection.isFiledIdle else { return }
        connection.isFiledIdle = false
        let older = connection.idleOlder
        let newer = connection.idleNewer
        if let older { older.idleNewer = newer } else { oldest = newer }
        if let newer { newer.idleOlder = older } else { newest = older }
        connection.idleOlder = nil
        connection.idleNewer = nil
        count -= 1
    }

    /// Removes and returns the connection idle the longest, if any.
    mutating func popOldest() -> Connection? {
        guard let connection = oldest else { return nil }
        remove(connection)
        return connection
    }
}
