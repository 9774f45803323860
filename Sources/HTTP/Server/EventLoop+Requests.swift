import Glibc

/// Parsing requests, calling the responder, and framing responses on a connection.
extension EventLoop {
    /// Advances a connection as far as it can go, then flushes and re-arms epoll and its timer.
    func service(_ connection: Connection) {
        while true {
            if let channel = connection.streamChannel { pump(channel, on: connection) }
            let stoppedAtHighWater = connection.isReading ? parseRequests(on: connection) : false
            guard flush(connection) else { return }
            if !(stoppedAtHighWater && connection.outbound.isEmpty) { break }
        }
        if connection.readClosed && connection.isReading && connection.outbound.isEmpty {
            close(connection)
            return
        }
        connection.streamChannel?.updateBacklog(connection.outbound.count)
        updateInterest(connection)
        refreshDeadline(connection)
        trackIdleness(connection)
    }

    /// Parses and answers buffered requests in order; true when it stopped at the write high-water.
    private func parseRequests(on connection: Connection) -> Bool {
        while connection.isReading {
            if connection.outbound.count >= Self.outboundHighWater { return true }
            let event: ParserEvent?
            do {
                event = try connection.parser.next()
            } catch {
                fail(connection, error)
                return false
            }
            guard let event else { return false }
            switch event {
            case .head(let head):
                if head.expectsContinue { connection.outbound.append(ResponseEncoder.continueHead) }
            case .request(let head, let body):
                dispatch(head, body: body, on: connection)
            }
        }
        return false
    }

    private func dispatch(_ head: RequestHead, body: [UInt8], on connection: Connection) {
        let request: HTTPRequest
        do {
            request = try HTTPRequest(head: head, body: body, remoteAddress: connection.remoteAddress)
        } catch {
            fail(connection, error)
            return
        }
        connection.exchange = Connection.Exchange(
            method: head.method, version: head.version, keepAlive: head.keepAlive && !draining,
            target: head.target, started: now)
        if let response = responder.respondOnEventLoop(to: request) {
            send(response, on: connection)
            return
        }
        connection.phase = .awaitingResponse
        let (fd, generation, responder) = (connection.fd, connection.generation, responder)
        workers.submit { [self] in
            post(.response(fd: fd, generation: generation, responder.respond(to: request)))
        }
    }

    /// Queues a response's head and body (or starts its stream).
    func send(_ response: HTTPResponse, on connection: Connection) {
        guard var exchange = connection.exchange else { return }
        if draining || response.headers.hasToken("close", in: "Connection") { exchange.keepAlive = false }
        exchange.status = response.status
        let omitBody = exchange.method == .head || response.status.forbidsBody
        let framing: ResponseEncoder.Framing
        var body: [UInt8] = []
        var produce: (@Sendable (BodyWriter) throws -> Void)?
        switch response.body {
        case .empty:
            framing = response.status.forbidsBody ? .none : .length(0)
        case .bytes(let bytes):
            framing = response.status.forbidsBody ? .none : .length(bytes.count)
            body = bytes
        case .stream(let closure):
            exchange.chunked = exchange.version == .http1_1
            if !exchange.chunked { exchange.keepAlive = false }
            framing = response.status.forbidsBody ? .none : exchange.chunked ? .chunked : .none
            produce = omitBody ? nil : closure
        }
        let persistence: ResponseEncoder.Persistence =
            !exchange.keepAlive ? .close : exchange.version == .http1_0 ? .keepAlive : .implicit
        connection.outbound.append(
            ResponseEncoder.head(
                status: response.status, headers: response.headers, framing: framing,
                persistence: persistence, dateLine: dates.headerLine()))
        connection.exchange = exchange
        if let produce {
            startStream(produce, on: connection)
            return
        }
        if !omitBody {
            connection.outbound.append(body)
            connection.exchange?.bytes = body.count
        }
        finishExchange(on: connection)
    }

    private func startStream(
        _ produce: @escaping @Sendable (BodyWriter) throws -> Void, on connection: Connection
    ) {
        let channel = StreamChannel(loop: self, fd: connection.fd, generation: connection.generation)
        connection.phase = .streaming(channel)
        workers.submit {
            do {
                try produce(BodyWriter(sink: channel))
                channel.finish(failed: false)
            } catch {
                channel.finish(failed: true)
            }
        }
    }

    /// Moves a stream's queued chunks into the socket buffer, framing them if chunked.
    private func pump(_ channel: StreamChannel, on connection: Connection) {
        let batch = channel.take(backlog: connection.outbound.count)
        let chunked = connection.exchange?.chunked ?? false
        for chunk in batch.chunks {
            if chunked { connection.outbound.append(ResponseEncoder.chunkPrefix(chunk.count)) }
            connection.outbound.append(chunk)
            if chunked { connection.outbound.append(ResponseEncoder.crlf) }
            connection.exchange?.bytes += chunk.count
        }
        if batch.failed {
            connection.exchange?.keepAlive = false
            connection.phase = .closingAfterWrite
            writeAccessLog(connection)
        } else if batch.finished {
            if chunked { connection.outbound.append(ResponseEncoder.lastChunk) }
            finishExchange(on: connection)
        }
    }

    /// The response is fully queued: log it and go back to reading, or close after writing.
    private func finishExchange(on connection: Connection) {
        writeAccessLog(connection)
        let keepAlive = connection.exchange?.keepAlive ?? false
        connection.exchange = nil
        connection.requestsServed += 1
        connection.trackedProgress = nil
        connection.phase = keepAlive && !connection.readClosed && !draining ? .reading : .closingAfterWrite
    }

    /// A request error: answer its status, then close (RFC 9112: framing is no longer trusted).
    func fail(_ connection: Connection, _ error: HTTPError) {
        let status = error.status
        connection.outbound.append(
            ResponseEncoder.errorResponse(
                status, defaultHeaders: configuration.defaultHeaders, dateLine: dates.headerLine()))
        if configuration.accessLog {
            AccessLog.write(method: "-", path: "-", status: status.code, bytes: 0, nanoseconds: 0)
        }
        connection.exchange = nil
        connection.lingerOnClose = true
        connection.phase = .closingAfterWrite
    }

    private func writeAccessLog(_ connection: Connection) {
        guard let exchange = connection.exchange, configuration.logsRequests(to: exchange.logPath) else { return }
        AccessLog.write(
            method: exchange.method.rawValue, path: exchange.logPath, status: exchange.status.code,
            bytes: exchange.bytes, nanoseconds: Monotonic.nanoseconds() - exchange.started)
    }
}
