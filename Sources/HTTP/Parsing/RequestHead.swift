/// The request line and header fields of one request, validated, before its body.
struct RequestHead: Sendable {
    /// How the body is delimited (RFC 9112 §6.3).
    enum Framing: Equatable, Sendable {
        /// No body.
        case none
        /// Exactly this many bytes (> 0).
        case length(Int)
        /// Chunked transfer coding.
        case chunked
    }

    var method: HTTPMethod
    var target: String
    var version: HTTPVersion
    var headers: HTTPHeaders
    var framing: Framing
    /// Whether the connection may stay open after this request (RFC 9112 §9.3).
    var keepAlive: Bool
    /// Whether the client waits for 100 Continue before sending the body.
    var expectsContinue: Bool
}

/// Limits the parser enforces; each maps to its own status.
struct ParserLimits: Sendable {
    var maxRequestLineBytes = 8 * 1024
    var maxHeaderBytes = 32 * 1024
    var maxHeaderCount = 100
    var maxBodyBytes = 10 * 1024 * 1024
    var allowsChunkedBodies = true
}

/// What the parser produced.
enum ParserEvent: Sendable {
    /// A head whose body is still to come (so the caller can send 100 Continue and arm a timer).
    case head(RequestHead)
    /// A complete request.
    case request(RequestHead, body: [UInt8])
}

/// Byte classes from RFC 9110 §5.6.2 and §5.5.
enum ByteClass {
    static let cr: UInt8 = 13
    static let lf: UInt8 = 10
    static let space: UInt8 = 32
    static let tab: UInt8 = 9
    static let colon: UInt8 = 58

    private static let tokenTable: [Bool] = (0..<256).map { value in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    /// Whether `byte` is an RFC 9110 `tchar`.
    static func isToken(_ byte: UInt8) -> Bool {
        tokenTable[Int(byte)]
    }

    /// Whether `byte` may appear in a field value (VCHAR, obs-text, SP, HTAB).
    static func isFieldValue(_ byte: UInt8) -> Bool {
        byte >= 0x20 ? byte != 0x7F : byte == tab
    }

    /// Whether `byte` may appear in a request-target (visible ASCII).
    static func isTarget(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }
}
