import CLinux
import Glibc

/// Accepting, reading, writing and closing sockets.
extension EventLoop {
    /// Over this many bytes waiting to be written, stop reading and parsing.
    static let outboundHighWater = 1 << 20
    /// How long a closing connection keeps draining input after its final response.
    static let lingerNanoseconds: UInt64 = 2_000_000_000
    /// Lingering connections that are not counted against `maxConnections`, at most.
    static let maxUncountedLingering = 1024

    func acceptConnections() {
        for _ in 0..<64 {
            guard let (fd, address) = Socket.accept(listenFD) else {
                if errno == EMFILE || errno == ENFILE { pauseAccepting() }
                return
            }
            if draining {
                reject(fd, address: address)
            } else if openConnections.acquire() {
                register(fd: fd, address: address, counted: true)
            } else if let oldest = idle.popOldest() {
                close(oldest, releasingSlot: false)
                register(fd: fd, address: address, counted: true)
            } else {
                reject(fd, address: address)
            }
        }
    }

    /// Every connection waiting in the listener's queue, registered for one request each (the
    /// loop is draining, so each closes after its answer); over `maxConnections` they get 503.
    func acceptQueued() -> [Connection] {
        var accepted: [Connection] = []
        while let (fd, address) = Socket.accept(listenFD) {
            if openConnections.acquire() {
                accepted.append(register(fd: fd, address: address, counted: true))
            } else {
                reject(fd, address: address)
            }
        }
        return accepted
    }

    /// Files or unfiles `connection` in `idle` after its state changed.
    ///
    /// Idle means between requests with nothing in flight and nothing buffered to write
    /// (`Connection.isIdle`); such a connection may be closed to admit a new one at
    /// `maxConnections`, passing its slot on (`acceptConnections`). A new connection that has
    /// sent nothing yet counts as idle too, as nginx treats it.
    func trackIdleness(_ connection: Connection) {
        if connection.counted && !connection.readClosed && connection.isIdle {
            idle.append(connection)
        } else {
            idle.remove(connection)
        }
    }

    /// Out of file descriptors: stop polling the listener for a moment instead of spinning.
    private func pauseAccepting() {
        log("accept: out of file descriptors, pausing 100 ms")
        control(EPOLL_CTL_MOD, fd: listenFD, events: 0)
        acceptPausedUntil = now + 100_000_000
    }

    /// Over capacity with nothing idle to close (or shutting down): a 503 with Connection: close,
    /// then a short linger.
    private func reject(_ fd: Int32, address: String) {
        Socket.sendOnce(
            fd,
            ResponseEncoder.errorResponse(
                .serviceUnavailable, defaultHeaders: configuration.defaultHeaders,
                dateLine: dates.headerLine()))
        guard lingeringCount < Self.maxUncountedLingering else {
            Glibc.close(fd)
            return
        }
        let connection = register(fd: fd, address: address, counted: false)
        connection.lingerOnClose = true
        connection.phase = .closingAfterWrite
        service(connection)
    }

    @discardableResult
    func register(fd: Int32, address: String, counted: Bool) -> Connection {
        nextGeneration &+= 1
        let connection = Connection(
            fd: fd, generation: nextGeneration, remoteAddress: address, counted: counted,
            limits: limits, interest: EPOLLIN.rawValue, now: now)
        if Int(fd) >= connections.count {
            connections.append(contentsOf: repeatElement(nil, count: Int(fd) + 1 - connections.count))
        }
        connections[Int(fd)] = connection
        liveCount += 1
        control(EPOLL_CTL_ADD, fd: fd, events: EPOLLIN.rawValue)
        refreshDeadline(connection)
        trackIdleness(connection)
        return connection
    }

    /// Closes the socket; `releasingSlot: false` keeps its `maxConnections` slot for a newcomer.
    func close(_ connection: Connection, releasingSlot: Bool = true) {
        guard !connection.isClosed else { return }
        connection.isClosed = true
        connection.streamChannel?.cancel()
        idle.remove(connection)
        if connection.isLingering && !connection.counted { lingeringCount -= 1 }
        if connection.counted && releasingSlot { openConnections.release() }
        connections[Int(connection.fd)] = nil
        liveCount -= 1
        Glibc.close(connection.fd)
    }

    func readable(_ connection: Connection) {
        let count = recv(connection.fd, readBuffer.baseAddress, readBuffer.count, 0)
        if count > 0 {
            if connection.isLingering {
                connection.lingeredBytes += count
                if connection.lingeredBytes > 1 << 20 { close(connection) }
                return
            }
            connection.parser.feed(UnsafeRawBufferPointer(rebasing: readBuffer[0..<count]))
            service(connection)
        } else if count == 0 {
            peerClosed(connection)
        } else if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
            close(connection)
        }
    }

    /// EOF from the client: keep flushing responses it may still read, otherwise close.
    private func peerClosed(_ connection: Connection) {
        guard connection.isReading, !connection.outbound.isEmpty else {
            close(connection)
            return
        }
        connection.readClosed = true
        updateInterest(connection)
    }

    /// Writes pending bytes; returns false when the connection was closed.
    func flush(_ connection: Connection) -> Bool {
        if !connection.outbound.isEmpty {
            if connection.interest & EPOLLOUT.rawValue == 0 { connection.lastWrite = now }
            let before = connection.outbound.count
            switch connection.outbound.write(to: connection.fd) {
            case .drained, .blocked:
                if connection.outbound.count != before { connection.lastWrite = now }
            case .failed:
                close(connection)
                return false
            }
        }
        if connection.outbound.isEmpty, case .closingAfterWrite = connection.phase {
            finishClosing(connection)
            return !connection.isClosed
        }
        return true
    }

    /// After the final response: shut down our side and linger, or close at once.
    private func finishClosing(_ connection: Connection) {
        guard connection.lingerOnClose || connection.parser.bufferedBytes > 0, !connection.readClosed else {
            close(connection)
            return
        }
        shutdown(connection.fd, Int32(SHUT_WR))
        connection.phase = .lingering
        connection.progressSince = now
        if !connection.counted { lingeringCount += 1 }
    }

    /// Registers for exactly the events the connection's phase needs.
    func updateInterest(_ connection: Connection) {
        var wanted: UInt32 = 0
        let reading =
            connection.isReading && !connection.readClosed
            && connection.outbound.count < Self.outboundHighWater
        if reading || connection.isLingering { wanted |= EPOLLIN.rawValue }
        if !connection.outbound.isEmpty { wanted |= EPOLLOUT.rawValue }
        if wanted != connection.interest {
            connection.interest = wanted
            control(EPOLL_CTL_MOD, fd: connection.fd, events: wanted)
        }
    }

    func log(_ message: String) {
        let line = Array("http: \(message)\n".utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}
