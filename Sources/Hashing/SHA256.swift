/// SHA-256 (FIPS 180-4), in one call with `hash(_:)` or incrementally with `update` and `finalize`.
///
/// Works on a fixed-size state and a 64-byte inline buffer, so feeding data never allocates;
/// only the returned digest array does.
public struct SHA256: Sendable {
    /// The length of a digest in bytes.
    public static let byteCount = 32

    /// The length of one compression block in bytes.
    public static let blockByteCount = 64

    private var state: SHA256State
    private var buffer: InlineArray<64, UInt8>
    private var bufferCount: Int
    private var totalByteCount: UInt64

    /// Starts a new hash from the FIPS 180-4 initial value.
    public init() {
        self.init(state: .initial, processedByteCount: 0)
    }

    /// Resumes from a state that has already absorbed `processedByteCount` bytes (a whole number of blocks).
    init(state: SHA256State, processedByteCount: UInt64) {
        self.state = state
        self.buffer = InlineArray(repeating: 0)
        self.bufferCount = 0
        self.totalByteCount = processedByteCount
    }

    /// The SHA-256 digest (32 bytes) of `bytes`.
    public static func hash(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Absorbs `bytes` into the running hash.
    public mutating func update(_ bytes: some Collection<UInt8>) {
        let absorbed: Void? = bytes.withContiguousStorageIfAvailable { contiguous in
            update(raw: UnsafeRawBufferPointer(contiguous))
        }
        if absorbed == nil {
            Array(bytes).withUnsafeBytes { update(raw: $0) }
        }
    }

    /// Absorbs the bytes of `raw` into the running hash.
    mutating func update(raw: UnsafeRawBufferPointer) {
        guard let base = raw.baseAddress, raw.count > 0 else { return }
        totalByteCount &+= UInt64(raw.count)
        var offset = 0
        if bufferCount > 0 {
            offset = fillBuffer(from: base, count: raw.count)
            if bufferCount < Self.blockByteCount { return }
            compressBuffer()
        }
        while raw.count &- offset >= Self.blockByteCount {
            state.compress(block: base + offset)
            offset &+= Self.blockByteCount
        }
        if offset < raw.count {
            _ = fillBuffer(from: base + offset, count: raw.count &- offset)
        }
    }

    /// The digest of everything absorbed so far; the hasher itself is left unchanged.
    public func finalize() -> [UInt8] {
        finalState().digest
    }

    /// Applies the padding of FIPS 180-4 §5.1.1 to a copy and returns the final chaining state.
    func finalState() -> SHA256State {
        var copy = self
        let bitLength = totalByteCount &* 8
        copy.buffer[copy.bufferCount] = 0x80
        copy.bufferCount &+= 1
        if copy.bufferCount > Self.blockByteCount &- 8 {
            copy.zeroBuffer(from: copy.bufferCount)
            copy.compressBuffer()
        }
        copy.zeroBuffer(from: copy.bufferCount)
        for index in 0..<8 {
            copy.buffer[Self.blockByteCount &- 1 &- index] = UInt8(truncatingIfNeeded: bitLength &>> UInt64(index &* 8))
        }
        copy.compressBuffer()
        return copy.state
    }

    /// Copies up to the buffer's free space from `source`; returns how many bytes were taken.
    private mutating func fillBuffer(from source: UnsafeRawPointer, count: Int) -> Int {
        let taken = min(Self.blockByteCount &- bufferCount, count)
        for index in 0..<taken {
            buffer[bufferCount &+ index] = source.load(fromByteOffset: index, as: UInt8.self)
        }
        bufferCount &+= taken
        return taken
    }

    private mutating func zeroBuffer(from start: Int) {
        for index in start..<Self.blockByteCount {
            buffer[index] = 0
        }
    }

    private mutating func compressBuffer() {
        let block = buffer
        block.span.withUnsafeBytes { state.compress(block: $0.baseAddress!) }
        bufferCount = 0
    }
}
