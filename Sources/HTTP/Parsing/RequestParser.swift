import Glibc

/// An incremental HTTP/1.1 request decoder (RFC 9112): feed it bytes as they arrive, then
/// call `next()` until it answers nil ("need more"). Any thrown ``HTTPError`` is final: the
/// caller answers its status and closes, because the framing can no longer be trusted.
struct RequestParser {
    /// How far into a request the parser is, for choosing the right timeout.
    enum Progress: Equatable {
        /// Between requests, no bytes of the next one yet.
        case idle
        /// Inside a request line or header block.
        case head
        /// Inside a body.
        case body
    }

    enum State {
        case head
        case body(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        case chunkEnd
        case trailers
    }

    let limits: ParserLimits
    var buffer: [UInt8] = []
    /// Start of the unconsumed bytes.
    var index = 0
    /// Where the search for the next LF resumes.
    var scan = 0
    var state = State.head
    var requestLine: (method: HTTPMethod, target: String, version: HTTPVersion)?
    var headers = HTTPHeaders()
    var headerBytes = 0
    var emptyLines = 0
    var pendingHead: RequestHead?
    var body: [UInt8] = []

    init(limits: ParserLimits) {
        self.limits = limits
    }

    /// Appends received bytes.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        compact()
        buffer.append(contentsOf: bytes.bindMemory(to: UInt8.self))
    }

    /// Appends received bytes.
    mutating func feed(_ bytes: some Sequence<UInt8>) {
        compact()
        buffer.append(contentsOf: bytes)
    }

    /// Bytes received but not yet consumed.
    var bufferedBytes: Int { buffer.count - index }

    /// Where the parser is within a request.
    var progress: Progress {
        switch state {
        case .head: requestLine != nil || index < buffer.count ? .head : .idle
        default: .body
        }
    }

    /// The next event, or nil when more bytes are needed.
    mutating func next() throws(HTTPError) -> ParserEvent? {
        while true {
            switch state {
            case .head:
                guard let head = try parseHead() else { return nil }
                switch head.framing {
                case .none:
                    return .request(head, body: [])
                case .length(let length):
                    state = .body(remaining: length)
                case .chunked:
                    state = .chunkSize
                }
                pendingHead = head
                return .head(head)
            case .body(let remaining):
                let taken = takeBody(upTo: remaining)
                if taken == 0 { return nil }
                if taken < remaining {
                    state = .body(remaining: remaining - taken)
                    return nil
                }
                return finishRequest()
            case .chunkSize:
                guard let line = try takeLine(limit: 1024, overflow: .invalidChunk) else { return nil }
                let size = try parseChunkSize(line)
                if size == 0 {
                    state = .trailers
                    headerBytes = 0
                } else {
                    guard body.count + size <= limits.maxBodyBytes else { throw .bodyTooLarge }
                    state = .chunkData(remaining: size)
                }
            case .chunkData(let remaining):
                let taken = takeBody(upTo: remaining)
                if taken == 0 { return nil }
                state = taken < remaining ? .chunkData(remaining: remaining - taken) : .chunkEnd
                if taken < remaining { return nil }
            case .chunkEnd:
                guard let line = try takeLine(limit: 0, overflow: .invalidChunk) else { return nil }
                guard line.isEmpty else { throw .invalidChunk }
                state = .chunkSize
            case .trailers:
                guard let line = try takeLine(limit: limits.maxHeaderBytes, overflow: .headersTooLarge)
                else { return nil }
                if line.isEmpty { return finishRequest() }
                headerBytes += line.count + 2
                guard headerBytes <= limits.maxHeaderBytes else { throw .headersTooLarge }
                try validateTrailer(line)
            }
        }
    }

    private mutating func finishRequest() -> ParserEvent {
        state = .head
        headerBytes = 0
        let head = pendingHead!
        pendingHead = nil
        let complete = body
        body = []
        return .request(head, body: complete)
    }

    /// Moves up to `limit` buffered bytes into the body; returns how many.
    private mutating func takeBody(upTo limit: Int) -> Int {
        let count = min(limit, buffer.count - index)
        guard count > 0 else { return 0 }
        body.append(contentsOf: buffer[index..<(index + count)])
        index += count
        scan = index
        return count
    }

    /// The next line without its CRLF (or bare LF), or nil if no LF has arrived yet.
    mutating func takeLine(limit: Int, overflow: HTTPError) throws(HTTPError) -> Range<Int>? {
        let end = buffer.count
        let found: Int? = buffer.withUnsafeBytes { raw in
            guard scan < end,
                let hit = memchr(raw.baseAddress! + scan, Int32(ByteClass.lf), end - scan)
            else { return nil }
            return raw.baseAddress!.distance(to: UnsafeRawPointer(hit))
        }
        guard let lf = found else {
            scan = end
            if end - index > limit + 1 { throw overflow }
            return nil
        }
        var lineEnd = lf
        if lineEnd > index && buffer[lineEnd - 1] == ByteClass.cr { lineEnd -= 1 }
        let line = index..<lineEnd
        index = lf + 1
        scan = index
        if line.count > limit { throw overflow }
        if buffer[line].contains(ByteClass.cr) { throw .bareCarriageReturn }
        return line
    }

    /// Drops consumed bytes so the buffer never grows past what is unparsed.
    private mutating func compact() {
        guard index > 0 else { return }
        if index == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 4096)
        } else {
            buffer.removeSubrange(0..<index)
        }
        scan -= index
        index = 0
    }
}
