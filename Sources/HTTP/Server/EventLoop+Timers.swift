import CLinux
import Glibc

/// Deadlines (idle, header, body, write stall, linger) and graceful draining.
extension EventLoop {
    /// Recomputes the connection's deadline from its phase and files it in the wheel if needed.
    ///
    /// Header and body deadlines run from the first byte of the head (or the end of the head)
    /// and are not extended by further bytes, so a slowloris client cannot keep a slot forever.
    func refreshDeadline(_ connection: Connection) {
        guard !connection.isClosed else { return }
        let deadline: UInt64?
        switch connection.phase {
        case .reading where !connection.outbound.isEmpty:
            deadline = connection.lastWrite + seconds(configuration.idleTimeout)
        case .reading:
            let progress = connection.parser.progress
            if progress != connection.trackedProgress {
                connection.trackedProgress = progress
                connection.progressSince = now
            }
            switch progress {
            case .idle:
                let limit =
                    connection.requestsServed == 0
                    ? min(configuration.headerReadTimeout, configuration.idleTimeout)
                    : configuration.idleTimeout
                deadline = connection.progressSince + seconds(limit)
            case .head:
                deadline = connection.progressSince + seconds(configuration.headerReadTimeout)
            case .body:
                deadline = connection.progressSince + seconds(configuration.bodyReadTimeout)
            }
        case .awaitingResponse:
            deadline = nil
        case .streaming:
            deadline = connection.outbound.isEmpty ? nil : connection.lastWrite + seconds(configuration.idleTimeout)
        case .closingAfterWrite:
            deadline = connection.lastWrite + seconds(configuration.idleTimeout)
        case .lingering:
            deadline = connection.progressSince + Self.lingerNanoseconds
        }
        connection.deadline = deadline
        if let deadline, deadline < connection.filedDeadline ?? .max {
            connection.filedDeadline = deadline
            wheel.schedule(.init(fd: connection.fd, generation: connection.generation, deadline: deadline))
        }
    }

    /// Handles every wheel entry that came due; re-files those whose deadline moved.
    func expireTimers() {
        if let paused = acceptPausedUntil, now >= paused, listenFD >= 0 {
            acceptPausedUntil = nil
            control(EPOLL_CTL_MOD, fd: listenFD, events: EPOLLIN.rawValue)
        }
        for entry in wheel.advance(to: now) {
            guard let connection = lookup(entry.fd, entry.generation),
                connection.filedDeadline == entry.deadline
            else { continue }
            connection.filedDeadline = nil
            guard let deadline = connection.deadline else { continue }
            if deadline > now {
                connection.filedDeadline = deadline
                wheel.schedule(.init(fd: entry.fd, generation: entry.generation, deadline: deadline))
            } else {
                timeOut(connection)
            }
        }
    }

    private func timeOut(_ connection: Connection) {
        guard connection.isReading, connection.outbound.isEmpty else {
            close(connection)
            return
        }
        switch connection.parser.progress {
        case .idle:
            close(connection)
        case .head:
            fail(connection, .headerTimeout)
            service(connection)
        case .body:
            fail(connection, .bodyTimeout)
            service(connection)
        }
    }

    /// Stops accepting, closes idle connections; the rest close after their current response.
    ///
    /// Connections the kernel has already completed and queued on our listener are accepted
    /// first and each served one request (`acceptQueued`): closing a listener resets whatever
    /// is still in its queue, and those clients did nothing wrong. With SO_REUSEPORT the kernel
    /// sends new connections to the listeners still open, a new process's during a restart.
    func beginDraining(deadline: UInt64) {
        draining = true
        drainDeadline = deadline
        var queued: [Connection] = []
        if listenFD >= 0 {
            control(EPOLL_CTL_DEL, fd: listenFD, events: 0)
            queued = acceptQueued()
            Glibc.close(listenFD)
            listenFD = -1
        }
        for case let connection? in connections where connection.isIdle || connection.isLingering {
            guard !queued.contains(where: { $0 === connection }) else { continue }
            close(connection)
        }
        for connection in queued where !connection.isClosed {
            readable(connection)
        }
    }

    private func seconds(_ value: Double) -> UInt64 {
        Monotonic.nanoseconds(fromSeconds: value)
    }
}
