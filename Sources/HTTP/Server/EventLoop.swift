import CLinux
import Glibc
import Synchronization

/// One thread's epoll set: its own SO_REUSEPORT listener, its connections, a timer wheel,
/// and an inbox (woken by an eventfd) where workers hand back responses and stream chunks.
///
/// `@unchecked Sendable` invariant: every stored `var` is read and written only on the loop's
/// own thread (inside `run()`); other threads touch only `inbox` (a Mutex) and write `wakeFD`.
final class EventLoop: @unchecked Sendable {
    /// What other threads hand to the loop.
    enum Message {
        case response(fd: Int32, generation: UInt32, HTTPResponse)
        case streamReady(fd: Int32, generation: UInt32)
        case shutdown(deadline: UInt64)
    }

    let configuration: ServerConfiguration
    let responder: any HTTPResponder
    let workers: WorkerPool
    let openConnections: OpenConnections
    let limits: ParserLimits
    let epollFD: Int32
    let wakeFD: Int32
    var listenFD: Int32
    /// Messages from other threads; `open` turns false (under the lock) before `wakeFD` closes,
    /// so a late `post` never writes to a closed or reused descriptor.
    private let inbox = Mutex<(messages: [Message], woken: Bool, open: Bool)>(([], false, true))
    private let stopped = ConditionLock(false)

    var connections: [Connection?] = []
    var liveCount = 0
    var lingeringCount = 0
    var nextGeneration: UInt32 = 0
    var wheel: TimerWheel
    var now: UInt64
    var dates = DateCache()
    var draining = false
    var drainDeadline: UInt64 = 0
    var running = true
    var acceptPausedUntil: UInt64?
    /// Counted connections between requests with nothing to send, least recently used first.
    var idle = IdleConnections()
    let readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)

    init(
        configuration: ServerConfiguration, responder: any HTTPResponder, workers: WorkerPool,
        openConnections: OpenConnections, listenFD: Int32
    ) throws(HTTPError) {
        self.configuration = configuration
        self.responder = responder
        self.workers = workers
        self.openConnections = openConnections
        self.listenFD = listenFD
        limits = configuration.parserLimits
        now = Monotonic.nanoseconds()
        wheel = TimerWheel(tickNanoseconds: 20_000_000, slotCount: 512, now: now)
        epollFD = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard epollFD >= 0 else { throw .system(call: "epoll_create1", errno: errno) }
        wakeFD = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard wakeFD >= 0 else { throw .system(call: "eventfd", errno: errno) }
        control(EPOLL_CTL_ADD, fd: listenFD, events: EPOLLIN.rawValue)
        control(EPOLL_CTL_ADD, fd: wakeFD, events: EPOLLIN.rawValue)
    }

    deinit {
        readBuffer.deallocate()
    }

    /// Hands a message to the loop from any thread.
    func post(_ message: Message) {
        inbox.withLock { box in
            guard box.open else { return }
            box.messages.append(message)
            if !box.woken {
                box.woken = true
                var one: UInt64 = 1
                _ = write(wakeFD, &one, 8)
            }
        }
    }

    /// Blocks until the loop thread has exited, or `nanoseconds` passed.
    func waitUntilStopped(timeout nanoseconds: UInt64) {
        stopped.withLock(waitingUntil: { $0 }, timeout: nanoseconds) { _, _ in }
    }

    /// The loop body; returns after shutdown.
    func run() {
        var events = [epoll_event](repeating: epoll_event(), count: 256)
        while running {
            var timeout = wheel.timeoutMilliseconds(now: now)
            if draining { timeout = timeout < 0 ? 20 : min(timeout, 20) }
            let count = epoll_wait(epollFD, &events, Int32(events.count), timeout)
            now = Monotonic.nanoseconds()
            if count > 0 {
                for event in events[0..<Int(count)] {
                    handle(fd: Int32(truncatingIfNeeded: event.data.u64), events: event.events)
                }
            }
            expireTimers()
            if draining && (liveCount == 0 || now >= drainDeadline) { running = false }
        }
        tearDown()
    }

    private func handle(fd: Int32, events: UInt32) {
        if fd == listenFD {
            acceptConnections()
        } else if fd == wakeFD {
            drainInbox()
        } else if fd >= 0, Int(fd) < connections.count, let connection = connections[Int(fd)] {
            if events & (EPOLLIN.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0 {
                readable(connection)
            }
            if !connection.isClosed && events & EPOLLOUT.rawValue != 0 {
                service(connection)
            }
        }
    }

    private func drainInbox() {
        var value: UInt64 = 0
        _ = read(wakeFD, &value, 8)
        let messages = inbox.withLock { box in
            box.woken = false
            defer { box.messages.removeAll() }
            return box.messages
        }
        for message in messages {
            switch message {
            case .response(let fd, let generation, let response):
                guard let connection = lookup(fd, generation) else { continue }
                guard case .awaitingResponse = connection.phase else { continue }
                send(response, on: connection)
                service(connection)
            case .streamReady(let fd, let generation):
                guard let connection = lookup(fd, generation) else { continue }
                service(connection)
            case .shutdown(let deadline):
                beginDraining(deadline: deadline)
            }
        }
    }

    func lookup(_ fd: Int32, _ generation: UInt32) -> Connection? {
        guard Int(fd) < connections.count, let connection = connections[Int(fd)],
            connection.generation == generation
        else { return nil }
        return connection
    }

    @discardableResult
    func control(_ operation: Int32, fd: Int32, events: UInt32) -> Bool {
        var event = epoll_event(events: events, data: epoll_data_t(u64: UInt64(UInt32(bitPattern: fd))))
        return epoll_ctl(epollFD, operation, fd, &event) == 0
    }

    private func tearDown() {
        for case let connection? in connections {
            close(connection)
        }
        if listenFD >= 0 { Glibc.close(listenFD) }
        inbox.withLock { box in
            box.open = false
            box.messages.removeAll()
            Glibc.close(wakeFD)
        }
        Glibc.close(epollFD)
        stopped.withLock { $0 = true }
        stopped.broadcast()
    }
}
