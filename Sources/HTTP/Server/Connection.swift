/// One accepted socket and its HTTP state; owned and touched only by its event loop.
final class Connection {
    /// Where the connection is in its request/response cycle.
    enum Phase {
        /// Reading and parsing requests (pipelined ones are answered one at a time, in order).
        case reading
        /// A worker is running the responder.
        case awaitingResponse
        /// A worker is producing a streamed body.
        case streaming(StreamChannel)
        /// The last response is being flushed; then close.
        case closingAfterWrite
        /// Our side is shut down; reading and discarding until the peer closes or time runs out,
        /// so the final response is not destroyed by a reset (RFC 9112 §9.6).
        case lingering
    }

    /// The request being answered, for framing decisions and the access log.
    struct Exchange {
        var method: HTTPMethod
        var version: HTTPVersion
        var keepAlive: Bool
        /// The request-target as received.
        var target: String
        var started: UInt64
        var status = HTTPStatus.ok
        var bytes = 0
        var chunked = false

        /// The target without its query string: the only part of a URL the log may show.
        var logPath: Substring {
            let target = Substring(target)
            guard let mark = target.utf8.firstIndex(of: UInt8(ascii: "?")) else { return target }
            return target[..<mark]
        }
    }

    let fd: Int32
    let generation: UInt32
    let remoteAddress: String
    /// Whether it holds one of the `maxConnections` slots.
    let counted: Bool
    var parser: RequestParser
    var outbound = OutboundBuffer()
    var phase = Phase.reading
    var exchange: Exchange?
    var readClosed = false
    var lingerOnClose = false
    var lingeredBytes = 0
    var interest: UInt32
    var deadline: UInt64?
    /// The earliest deadline this connection is filed under in the timer wheel.
    var filedDeadline: UInt64?
    var trackedProgress: RequestParser.Progress?
    var progressSince: UInt64
    var lastWrite: UInt64
    var requestsServed = 0
    var isClosed = false
    /// Whether it is in its loop's `IdleConnections` list, and its neighbours there.
    var isFiledIdle = false
    weak var idleOlder: Connection?
    var idleNewer: Connection?

    init(
        fd: Int32, generation: UInt32, remoteAddress: String, counted: Bool,
        limits: ParserLimits, interest: UInt32, now: UInt64
    ) {
        self.fd = fd
        self.generation = generation
        self.remoteAddress = remoteAddress
        self.counted = counted
        self.parser = RequestParser(limits: limits)
        self.interest = interest
        progressSince = now
        lastWrite = now
    }

    var isReading: Bool {
        if case .reading = phase { return true }
        return false
    }

    var isLingering: Bool {
        if case .lingering = phase { return true }
        return false
    }

    var streamChannel: StreamChannel? {
        if case .streaming(let channel) = phase { return channel }
        return nil
    }

    /// Idle between requests with nothing to send: safe to close when shutting down.
    var isIdle: Bool {
        isReading && outbound.isEmpty && parser.progress == .idle
    }
}
