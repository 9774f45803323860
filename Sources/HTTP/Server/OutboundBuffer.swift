import CLinux
import Glibc

/// Bytes waiting to be written to one socket, as a queue of buffers sent with one
/// sendmsg (a gathered write: response head and body leave in the same segment).
struct OutboundBuffer {
    enum WriteResult {
        /// Everything was written.
        case drained
        /// The socket is full (EAGAIN); wait for EPOLLOUT.
        case blocked
        /// The peer is gone or the socket failed.
        case failed
    }

    private var buffers: [[UInt8]] = []
    private var offset = 0
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    mutating func append(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        buffers.append(bytes)
        count += bytes.count
    }

    /// Writes as much as the socket accepts; never raises SIGPIPE (MSG_NOSIGNAL).
    mutating func write(to fd: Int32) -> WriteResult {
        while count > 0 {
            let batch = buffers.prefix(16)
            var vectors: [iovec] = []
            vectors.reserveCapacity(batch.count)
            let written = Self.withVectors(batch, offset: offset, &vectors) { pinned in
                var vectors = pinned
                return vectors.withUnsafeMutableBufferPointer { pointer in
                    var message = msghdr()
                    message.msg_iov = pointer.baseAddress
                    message.msg_iovlen = pointer.count
                    return sendmsg(fd, &message, Int32(MSG_NOSIGNAL))
                }
            }
            if written < 0 {
                if errno == EINTR { continue }
                return errno == EAGAIN || errno == EWOULDBLOCK ? .blocked : .failed
            }
            consume(written)
        }
        return .drained
    }

    private mutating func consume(_ written: Int) {
        count -= written
        var remaining = written
        while remaining > 0 {
            let available = buffers[0].count - offset
            if remaining >= available {
                remaining -= available
                buffers.removeFirst()
                offset = 0
            } else {
                offset += remaining
                remaining = 0
            }
        }
        if buffers.isEmpty { buffers = [] }
    }

    /// Pins each buffer's storage (nested `withUnsafeBytes`) while the iovecs are in use.
    private static func withVectors<R>(
        _ buffers: ArraySlice<[UInt8]>, offset: Int, _ vectors: inout [iovec],
        _ body: ([iovec]) -> R
    ) -> R {
        guard let first = buffers.first else { return body(vectors) }
        return first.withUnsafeBytes { raw in
            vectors.append(
                iovec(
                    iov_base: UnsafeMutableRawPointer(mutating: raw.baseAddress! + offset),
                    iov_len: raw.count - offset))
            return withVectors(buffers.dropFirst(), offset: 0, &vectors, body)
        }
    }
}
