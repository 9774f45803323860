import Synchronization

/// Where a streamed body's chunks go: the owning connection, or memory in tests.
protocol BodySink: Sendable {
    /// Hands over one chunk, blocking while the consumer is too far behind.
    func send(_ bytes: [UInt8]) throws(HTTPError)
}

/// Writes a streamed response body; `write` blocks while the client is reading too slowly.
public final class BodyWriter: Sendable {
    private let sink: any BodySink

    init(sink: any BodySink) {
        self.sink = sink
    }

    /// Sends bytes; throws ``HTTPError/clientDisconnected`` once the client is gone.
    public func write(_ bytes: [UInt8]) throws(HTTPError) {
        guard !bytes.isEmpty else { return }
        try sink.send(bytes)
    }

    /// Sends UTF-8 text.
    public func write(_ text: String) throws(HTTPError) {
        try write(Array(text.utf8))
    }
}

/// A sink that keeps every byte, for ``ResponseBody/collect()``.
final class CollectingSink: BodySink {
    private let storage = Mutex<[UInt8]>([])

    func send(_ bytes: [UInt8]) throws(HTTPError) {
        storage.withLock { $0.append(contentsOf: bytes) }
    }

    var bytes: [UInt8] { storage.withLock { $0 } }
}
